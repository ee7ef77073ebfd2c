//! Import of Moodle GIFT question banks into module Markdown.

pub mod cli;
