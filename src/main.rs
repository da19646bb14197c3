//! Entry point of the wasm bundle Trunk builds. wasm-bindgen runs `main` when
//! magnesium-calculator.js initialises the module; the loader then calls
//! `embed::element::mount` for each `<magnesium-calculator>` on the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    magnesium_calculator::embed::element::set_panic_hook();
}
