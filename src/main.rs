//! Entry point of the page. The core runs in the annotating worker (`src/bin/annotator.rs`),
//! a wasm of its own, so the page's wasm holds the views and not the core's models.

fn main() {
    yew::Renderer::<standpoint_web::app::App>::new().render();
}
