//! Entry point of the search page's controls (`genome_navi::controls::start_with_search`): the
//! controls alone and the search panel, which the pre-rendered search pages load.

fn main() {
    genome_navi::browser::reserve_heap();
    console_error_panic_hook::set_once();
    genome_navi::controls::start_with_search();
}
