//! HTML in imported text to plain text: tags dropped, entities decoded,
//! paragraphs and line breaks kept as line breaks, and every link kept —
//! its text followed by its address in parentheses, and the address listed.

/// Plain text and the http(s) links found in `html`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plain {
    pub text: String,
    pub links: Vec<String>,
}

/// Converts `html` to plain text, keeping its links.
pub fn to_plain(html: &str) -> Plain {
    let mut out = String::new();
    let mut links = Vec::new();
    // The address of the `<a>` being read, and where its text starts.
    let mut open_link: Option<(String, usize)> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            // A lone `<` is text.
            push_text(&mut out, &rest[lt..]);
            rest = "";
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let closing = tag.starts_with('/');
        match (name.as_str(), closing) {
            ("a", false) => {
                if let Some(href) = attribute(tag, "href") {
                    open_link = Some((href, out.len()));
                }
            }
            ("a", true) => {
                if let Some((href, start)) = open_link.take() {
                    let shown = out.get(start..).unwrap_or("").trim().to_owned();
                    if shown != href && !href.is_empty() {
                        if shown.is_empty() {
                            out.push_str(&href);
                        } else {
                            out.push_str(&format!(" ({href})"));
                        }
                    }
                    if super::super::date::is_http_url(&href) && !links.contains(&href) {
                        links.push(href);
                    }
                }
            }
            ("br" | "p" | "div" | "li" | "tr", _) if !out.is_empty() && !out.ends_with('\n') => {
                out.push('\n');
            }
            _ => {}
        }
    }
    push_text(&mut out, rest);
    let text = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Plain { text, links }
}

fn push_text(out: &mut String, text: &str) {
    out.push_str(&decode_entities(text));
}

/// The value of attribute `name` in a tag's inside (`a href="…"`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower.get(from..)?.find(name) {
        let start = from + at;
        from = start + name.len();
        let before_ok = start == 0
            || lower[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace);
        let after = tag.get(from..)?.trim_start();
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let value = value.trim_start();
        let raw = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value.split(char::is_whitespace).next().unwrap_or(""),
        };
        return Some(decode_entities(raw).trim().to_owned());
    }
    None
}

/// Decodes the common named entities and numeric ones.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&after[..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let numeric = |digits: &str, radix: u32| u32::from_str_radix(digits, radix).ok();
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        numeric(hex, 16)
    } else if let Some(dec) = name.strip_prefix('#') {
        numeric(dec, 10)
    } else {
        return Some(match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "laquo" => '«',
            "raquo" => '»',
            "hellip" => '…',
            _ => return None,
        });
    };
    code.and_then(char::from_u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_links() {
        let p = to_plain(
            "<p>Signed in <b>Moscow</b> &amp; Almaty.</p><p>See <a href=\"https://example.org/x?a=1&amp;b=2\" target=_blank>the text</a>.</p>",
        );
        assert_eq!(
            p.text,
            "Signed in Moscow & Almaty.\nSee the text (https://example.org/x?a=1&b=2)."
        );
        assert_eq!(p.links, vec!["https://example.org/x?a=1&b=2".to_owned()]);
    }

    #[test]
    fn survives_broken_markup() {
        for bad in [
            "<",
            "<a href=",
            "a < b",
            "&#xZZ;",
            "&#99999999;",
            "<a href='x'>",
            "</a>",
        ] {
            let _ = to_plain(bad);
        }
        assert_eq!(to_plain("a < b").text, "a < b");
        assert_eq!(to_plain("x &foo; y").text, "x &foo; y");
    }
}
