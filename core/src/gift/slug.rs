//! Question ids from GIFT titles: slugified, unique within the set; titles with no Latin
//! letters or digits (Arabic) and untitled questions get `q1`, `q2`… by position.

use std::collections::BTreeSet;

/// Longest id derived from a title, in characters.
const MAX_LEN: usize = 40;

/// Gives each question of a set its id.
#[derive(Debug, Default)]
pub struct Ids {
    used: BTreeSet<String>,
}

impl Ids {
    /// The id for the question at `position` (1-based) with this title, never one given before.
    pub fn assign(&mut self, title: Option<&str>, position: usize) -> String {
        let base = title
            .map(slugify)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("q{position}"));
        let mut id = base.clone();
        let mut n = 2;
        while self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used.insert(id.clone());
        id
    }
}

/// Lower-case ASCII letters, digits and single dashes; French accents folded; an id that would
/// start with a digit gets a leading `q`.
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(letters) => slug.push_str(letters),
            None if c.is_ascii_alphanumeric() => slug.push(c),
            None => {
                if !slug.is_empty() && !slug.ends_with('-') {
                    slug.push('-');
                }
            }
        }
    }
    if slug.len() > MAX_LEN {
        let cut = slug[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        slug.truncate(cut);
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.starts_with(|c: char| c.is_ascii_digit()) {
        format!("q{slug}")
    } else {
        slug
    }
}

/// Latin letters with diacritics (as used in French) and their plain spelling.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'â' | 'ä' | 'á' => "a",
        'ç' => "c",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'î' | 'ï' | 'í' => "i",
        'ô' | 'ö' | 'ó' => "o",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'ÿ' => "y",
        'ñ' => "n",
        'œ' => "oe",
        'æ' => "ae",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_titles_become_readable_ids() {
        assert_eq!(
            slugify("Qu'est-ce que l'hameçonnage ?"),
            "qu-est-ce-que-l-hameconnage"
        );
        assert_eq!(slugify("  Œuvre  Élève "), "oeuvre-eleve");
        assert_eq!(slugify("2FA"), "q2fa");
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let slug = slugify("Pourquoi faut-il signaler un compte qui publie des photos sans accord");
        assert_eq!(slug, "pourquoi-faut-il-signaler-un-compte-qui");
        assert!(slug.len() <= MAX_LEN);
    }

    #[test]
    fn arabic_and_missing_titles_are_numbered_by_position() {
        let mut ids = Ids::default();
        assert_eq!(ids.assign(Some("ما هو التصيد الاحتيالي؟"), 1), "q1");
        assert_eq!(ids.assign(None, 2), "q2");
        assert_eq!(ids.assign(Some("شنو هو التنمر؟"), 3), "q3");
    }

    #[test]
    fn repeated_titles_get_distinct_ids() {
        let mut ids = Ids::default();
        assert_eq!(ids.assign(Some("Mot de passe"), 1), "mot-de-passe");
        assert_eq!(ids.assign(Some("Mot de passe!"), 2), "mot-de-passe-2");
        assert_eq!(ids.assign(Some("q3"), 3), "q3");
        assert_eq!(ids.assign(None, 3), "q3-2");
    }
}
