//! A dataset's own settings (`settings.ron`): its title, the year limits
//! that only make sense for that dataset and its tags' Russian names. A dataset without the file gets
//! [`Settings::default`]: no year limits, and an axis derived from the data.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The one item of `settings.ron`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The dataset's title, for exports and the window.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub title_ru: Option<String>,
    /// Years that timeline dates (eras, events, elections, terms, …) must
    /// lie in, inclusive; no limit when absent.
    #[serde(default)]
    pub timeline_years: Option<(i32, i32)>,
    /// Years that people's births, deaths and roles must lie in.
    #[serde(default)]
    pub life_years: Option<(i32, i32)>,
    /// How far the axis pans and zooms out, in years; from the data's
    /// dates when absent.
    #[serde(default)]
    pub axis_years: Option<(f64, f64)>,
    /// The view "fit" shows, in years; the data's dates when absent.
    #[serde(default)]
    pub full_view: Option<(f64, f64)>,
    /// The tags' names in Russian (and in Kazakh, for which the data has
    /// no text of its own), by tag: `{"border": "граница"}`. A tag without
    /// one is shown as it is written.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "names_once"
    )]
    pub tags_ru: BTreeMap<String, String>,
}

/// A map in which each key is written once: a second name for a tag is an
/// error at its place in the file, not the first name silently replaced.
fn names_once<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    struct Once;
    impl<'de> serde::de::Visitor<'de> for Once {
        type Value = BTreeMap<String, String>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map of tags to their names, `{\"border\": \"граница\"}`")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((tag, name)) = map.next_entry::<String, String>()? {
                if out.contains_key(&tag) {
                    return Err(serde::de::Error::custom(format!(
                        "`{tag}` is named twice; keep one name"
                    )));
                }
                out.insert(tag, name);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Once)
}
