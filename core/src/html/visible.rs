//! The visible text of a parsed page, for pages Readability finds no article in and for
//! rich text pasted from the clipboard: what a reader would see, paragraph by paragraph.

use dom_query::Document as Dom;

/// Elements whose content is never article text.
const DROPPED: &str = "script, style, noscript, template, svg, math, nav, header, footer, aside, form, button, \
    select, textarea, iframe, object, embed, canvas, head, [hidden], [aria-hidden=true], \
    [style*='display:none'], [style*='display: none'], [style*='visibility:hidden'], [style*='visibility: hidden']";

/// The visible text of `dom`'s body (or of the whole fragment), paragraphs separated by
/// blank lines.
pub fn text(dom: &Dom) -> String {
    dom.select(DROPPED).remove();
    let body = dom.select("body");
    let root = if body.exists() { body } else { dom.select(":root") };
    root.nodes()
        .first()
        .map(|n| n.formatted_text().to_string())
        .unwrap_or_default()
}
