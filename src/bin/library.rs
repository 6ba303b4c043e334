//! Entry point of the library view (built by Trunk as `library.js`): the page loads it on the
//! main thread when the view across the library first opens.

fn main() {
    standpoint_web::across::start();
}
