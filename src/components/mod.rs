//! Reused views. Each takes typed props and gets its text from data or the catalogue.

pub mod app_status;
pub mod bar_chart;
pub mod breadcrumbs;
pub mod card_tools;
pub mod data_state;
pub mod event_list;
pub mod furigana_switch;
pub mod language_offer;
pub mod measure_list;
pub mod not_found_notice;
pub mod org_diagram;
pub mod page_intro;
pub mod phrase_breaks;
pub mod plan_overview;
pub mod print_qr;
pub mod progress_tables;
pub mod read_aloud;
pub mod resource_card;
pub mod ruby_text;
pub mod share_button;
pub mod site_footer;
pub mod site_header;
pub mod situation_list;
pub mod source_line;
pub mod step_list;
