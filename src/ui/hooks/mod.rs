//! Effects with a name, for components and the app: the only layer
//! besides `app` that reaches `platform`.

pub mod share_actions;
