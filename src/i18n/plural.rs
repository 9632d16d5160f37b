//! Plural forms for whole numbers, by the CLDR rules of each language.

/// A noun phrase in every plural form a language may need; the catalogue
/// build checks that each language gives the forms its rule uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plural {
    pub zero: Option<&'static str>,
    pub one: Option<&'static str>,
    pub two: Option<&'static str>,
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
    pub other: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The CLDR plural category of a whole number.
pub fn category(lang: &str, n: u64) -> Category {
    use Category::*;
    match lang {
        // Russian: 1, 21, 31 (not 11); 2-4, 22-24 (not 12-14); the rest.
        "ru" => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                Few
            } else {
                Many
            }
        }
        "ar" => match (n, n % 100) {
            (0, _) => Zero,
            (1, _) => One,
            (2, _) => Two,
            (_, 3..=10) => Few,
            (_, 11..=99) => Many,
            _ => Other,
        },
        "zh" => Other,
        // French treats 0 and 1 alike.
        "fr" if n <= 1 => One,
        "en" | "es" if n == 1 => One,
        _ => Other,
    }
}

impl Plural {
    /// The form for `n`. A `zero` form given in a language whose rule has
    /// no zero category is used for 0 exactly ("No cards match.").
    pub fn pick(&self, lang: &str, n: u64) -> &'static str {
        if n == 0 && self.zero.is_some() {
            return self.zero.unwrap_or_default();
        }
        let form = match category(lang, n) {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => self.other,
        };
        form.or(self.other).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    #[test]
    fn russian_follows_the_last_digits() {
        let c = |n| category("ru", n);
        assert_eq!(
            [c(1), c(21), c(11), c(2), c(24), c(12), c(5), c(0), c(111)],
            [One, One, Many, Few, Few, Many, Many, Many, Many]
        );
    }

    #[test]
    fn arabic_has_six_forms() {
        let c = |n| category("ar", n);
        assert_eq!(
            [
                c(0),
                c(1),
                c(2),
                c(3),
                c(10),
                c(11),
                c(99),
                c(100),
                c(102),
                c(103)
            ],
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few]
        );
    }

    #[test]
    fn french_counts_zero_as_one_and_chinese_has_one_form() {
        assert_eq!(category("fr", 0), One);
        assert_eq!(category("en", 0), Other);
        assert_eq!(category("zh", 1), Other);
    }

    #[test]
    fn a_missing_form_falls_back_to_other() {
        let p = Plural {
            zero: None,
            one: Some("{n} card"),
            two: None,
            few: None,
            many: None,
            other: Some("{n} cards"),
        };
        assert_eq!(p.pick("en", 1), "{n} card");
        assert_eq!(p.pick("ar", 2), "{n} cards");
    }
}
