//! Entry point of the controls alone (`genome_navi::controls`): what a pre-rendered page loads
//! when its controls are all it needs, instead of the whole app.

fn main() {
    genome_navi::browser::reserve_heap();
    console_error_panic_hook::set_once();
    genome_navi::controls::start();
}
