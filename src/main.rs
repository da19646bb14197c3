//! Entry point of the wasm bundle Trunk builds: defines `<magnesium-calculator>`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    magnesium_calculator::embed::register();
}
