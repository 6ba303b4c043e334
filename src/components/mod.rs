//! The page's components, each small.

pub mod article;
pub mod editor;
