//! Entry point of the app: grows the heap once, installs the panic hook and mounts the app.

fn main() {
    genome_navi::browser::reserve_heap();
    console_error_panic_hook::set_once();
    genome_navi::app::start();
}
