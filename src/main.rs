//! Entry point of the page.

fn main() {
    yew::Renderer::<standpoint_web::app::App>::new().render();
}
