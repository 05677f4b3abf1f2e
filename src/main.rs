//! Entry point: installs the panic hook, learns the base path and mounts the app on `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    genome_navi::app::start();
}
