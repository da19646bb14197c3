//! Effects with a name, for components and the app: the only layer
//! besides `app` that reaches `platform`.

pub mod attributes;
pub mod food_table;
pub mod headings;
pub mod log_files;
pub mod remember;
pub mod restore;
pub mod share_actions;
pub mod stages;
pub mod timing;
