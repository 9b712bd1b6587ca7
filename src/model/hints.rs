//! Plain words for the RON mistakes people make most when they edit a data
//! file by hand: a missing bracket, parenthesis or comma, unquoted text, a
//! misspelt field or value (with the closest known name).

/// A hint for the parser error `code`, or `None` when the parser's own
/// words say enough. `at_end` says that nothing but white space follows
/// where the parser stopped.
pub fn plain_hint(code: &ron::Error, at_end: bool) -> Option<String> {
    use ron::Error as E;
    let hint = match code {
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::Eof if at_end => {
            "the file ends before the list is closed: a closing bracket `]` (or `)`) is missing"
                .to_owned()
        }
        E::ExpectedComma => {
            "a comma is missing: every field, and every item of a list, ends with `,`".to_owned()
        }
        E::ExpectedStructLike
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedDifferentStructName { .. } => {
            "an opening parenthesis `(` is missing: each item is written `( field: value, … ),`"
                .to_owned()
        }
        E::ExpectedStructLikeEnd => {
            "a closing parenthesis `)` is missing, or a comma between two fields".to_owned()
        }
        E::ExpectedArray => {
            "the file must hold one list: start it with `[` and end it with `]`".to_owned()
        }
        E::ExpectedArrayEnd => {
            "a closing bracket `]` is missing, or a comma between items".to_owned()
        }
        E::Eof => "the file ends too early: a closing `)` or `]` is missing".to_owned(),
        E::ExpectedString => {
            "text must be in double quotes, like `title: \"Treaty of Friendship\"`".to_owned()
        }
        E::ExpectedStringEnd => "a closing double quote `\"` is missing".to_owned(),
        E::TrailingCharacters => {
            "something follows the list's closing `]`: remove it or move it inside the list"
                .to_owned()
        }
        E::NoSuchStructField {
            expected, found, ..
        } => unknown_name("field", found, expected),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => unknown_name("value", found, expected),
        E::MissingStructField { field, .. } => {
            format!("this item needs the field `{field}:`; add it before the item's closing `)`")
        }
        E::DuplicateStructField { field, .. } => {
            format!("`{field}` is written twice in this item; keep one")
        }
        _ => return None,
    };
    Some(hint)
}

/// The known name closest to `found`, if one is near enough to be what
/// was meant (a third of its letters, at least two, are wrong at most).
pub fn closest<'a>(found: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(found, k), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min()
        .map(|(_, k)| k)
}

/// "unknown field `titel`; did you mean `title`?", with the known names.
fn unknown_name(what: &str, found: &str, expected: &[&str]) -> String {
    let closest = closest(found, expected.iter().copied());
    let known = expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest {
        Some(name) => {
            format!("unknown {what} `{found}`; did you mean `{name}`? (known: {known})")
        }
        None => format!("unknown {what} `{found}`; known: {known}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_names_get_the_closest_known_one() {
        let hint = unknown_name("field", "titel", &["id", "title", "title_ru", "date"]);
        assert!(hint.contains("did you mean `title`?"), "{hint}");
        let hint = unknown_name("value", "Factt", &["Fact", "Scheduled"]);
        assert!(hint.contains("did you mean `Fact`?"), "{hint}");
        let far = unknown_name("field", "colour_scheme", &["id", "date"]);
        assert!(!far.contains("did you mean"), "{far}");
    }

    #[test]
    fn structural_mistakes_are_named() {
        assert!(plain_hint(&ron::Error::ExpectedComma, false).is_some_and(|h| h.contains("comma")));
        assert!(
            plain_hint(&ron::Error::ExpectedStructLike, false).is_some_and(|h| h.contains("`(`"))
        );
        assert!(plain_hint(&ron::Error::Eof, true).is_some_and(|h| h.contains("closing")));
        let at_end = plain_hint(&ron::Error::ExpectedStructLike, true);
        assert!(at_end.is_some_and(|h| h.contains("`]`")));
        assert!(
            plain_hint(&ron::Error::ExpectedString, false)
                .is_some_and(|h| h.contains("double quotes"))
        );
        assert_eq!(plain_hint(&ron::Error::ExceededRecursionLimit, false), None);
    }
}
