//! ゲノム医療ナビ: a Leptos CSR app explaining Japan's Genome Medicine Promotion Act and Basic Plan.

pub mod app;
pub mod app_data;
pub mod browser;
pub mod components;
pub mod controls;
pub mod data;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod qr;
pub mod routes;
pub mod search;
pub mod text;
