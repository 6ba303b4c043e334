//! Steps 2–4 and 6: labels, block quotations, signed words (more in the regression group).

use super::*;

/// The cases of this room.
pub(super) const CASES: &[Case] = &[(
    "block.quote: block quotation without marks after a cue and a colon",
    "The ferry union met on Sunday. Its president, Dana Kowalski, wrote:\n\nThe boats will \
         keep running all winter, and the city owes the crews its thanks.\n\nThe mayor did not \
         reply.",
    &[(
        "The boats will keep running all winter, and the city owes the crews its thanks.",
        "wrote",
        "Its president, Dana Kowalski",
        Some("Dana Kowalski"),
        Direct,
    )],
)];

#[test]
fn cases() {
    check_all(CASES);
}
