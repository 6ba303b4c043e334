//! The page's components, each small.

pub mod article;
pub mod corpus;
pub mod editor;
pub mod help;
pub mod library;
pub mod panels;
pub mod stances;
pub mod summary;
pub mod tabs;
pub mod toolbar;
