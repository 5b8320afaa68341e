//! Tandem's message files (`i18n/<lang>/*.ftl`), read and worded by a small Fluent of our own.
//!
//! It reads the part of Fluent the files use: messages and their attributes (`.easier`),
//! `{ $variable }`, `{ "literal" }`, and a select on a variable (by number, plural category or
//! word), each variant on its own line. Anything else is refused with its line, so a test
//! (`tests/fluent.rs`) can prove every shipped file reads whole and words every message as
//! fluent-bundle does. Why not fluent-bundle on the phone: its full parser, resolver, locale
//! negotiation and float formatting were about a tenth of the phone's first download, for
//! syntax no file uses; here numbers are whole and plural rules are the six languages' own.

use std::borrow::Cow;

use crate::language::Language;

/// A value a message is worded with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg<'_> {
            fn from(number: $number) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

/// Why a message of a file was not read (it is left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The message's first line, counting from 1.
    pub line: usize,
    pub reason: &'static str,
}

/// One language's messages, read from its files.
#[derive(Debug, Clone, Default)]
pub struct Catalogue<'a> {
    language: Language,
    /// Sorted by id, for lookup without hashing.
    messages: Vec<Message<'a>>,
}

/// A message: its words, and its attributes' (such as `.easier`).
#[derive(Debug, Clone)]
pub struct Message<'a> {
    id: &'a str,
    value: Option<Pattern<'a>>,
    attributes: Vec<(&'a str, Pattern<'a>)>,
}

/// Words with their placeholders.
#[derive(Debug, Clone, Default)]
pub struct Pattern<'a>(Vec<Element<'a>>);

#[derive(Debug, Clone)]
enum Element<'a> {
    Text(&'a str),
    Variable(&'a str),
    Select { on: &'a str, variants: Vec<Variant<'a>> },
}

#[derive(Debug, Clone)]
struct Variant<'a> {
    key: Key<'a>,
    default: bool,
    words: Pattern<'a>,
}

#[derive(Debug, Clone, PartialEq)]
enum Key<'a> {
    Number(i64),
    Word(&'a str),
}

impl<'a> Catalogue<'a> {
    /// `language`'s messages from its files' sources, the first file's message kept where two
    /// share an id; each line that could not be read is returned with why.
    pub fn parse(language: Language, sources: &[&'a str]) -> (Catalogue<'a>, Vec<ParseError>) {
        let mut messages = Vec::new();
        let mut errors = Vec::new();
        for source in sources {
            read_file(source, &mut messages, &mut errors);
        }
        // Stable: the first of two with one id sorts first and is the one kept.
        messages.sort_by(|a: &Message<'_>, b| a.id.cmp(b.id));
        messages.dedup_by(|later, earlier| later.id == earlier.id);
        (Catalogue { language, messages }, errors)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn message(&self, id: &str) -> Option<&Message<'a>> {
        self.messages.binary_search_by(|message| message.id.cmp(id)).ok().map(|at| &self.messages[at])
    }

    pub fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.messages.iter().map(|message| message.id)
    }

    /// Message `id` in words: its attribute `attribute` when one is named (`.easier`), else its
    /// value; none when this catalogue has not got that.
    pub fn words(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let message = self.message(id)?;
        let pattern = match attribute {
            Some(name) => message.attribute(name)?,
            None => message.value()?,
        };
        Some(self.format(pattern, args))
    }

    /// `pattern` in words with `args`; a variable not given shows as `{$name}`, as Fluent does.
    pub fn format(&self, pattern: &Pattern<'_>, args: &[(&str, Arg<'_>)]) -> String {
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        out
    }

    fn write(&self, pattern: &Pattern<'_>, args: &[(&str, Arg<'_>)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(given, _)| *given == name).map(|(_, value)| value);
        for element in &pattern.0 {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Variable(name) => match arg(name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(number)) => out.push_str(&number.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Select { on, variants } => {
                    let chosen = arg(on).and_then(|value| variants.iter().find(|variant| self.matches(&variant.key, value)));
                    if let Some(variant) = chosen.or_else(|| variants.iter().find(|variant| variant.default)) {
                        self.write(&variant.words, args, out);
                    }
                }
            }
        }
    }

    fn matches(&self, key: &Key<'_>, value: &Arg<'_>) -> bool {
        match (key, value) {
            (Key::Number(key), Arg::Number(number)) => key == number,
            (Key::Word(key), Arg::Number(number)) => *key == plural_category(self.language, *number),
            (Key::Word(key), Arg::Text(text)) => key == text,
            (Key::Number(_), Arg::Text(_)) => false,
        }
    }
}

impl<'a> Message<'a> {
    pub fn value(&self) -> Option<&Pattern<'a>> {
        self.value.as_ref()
    }

    pub fn attribute(&self, name: &str) -> Option<&Pattern<'a>> {
        self.attributes.iter().find(|(attribute, _)| *attribute == name).map(|(_, pattern)| pattern)
    }

    pub fn attribute_names(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.attributes.iter().map(|(name, _)| *name)
    }
}

impl Pattern<'_> {
    /// The names of the variables it uses, selectors included, once each.
    pub fn variables(&self) -> Vec<&str> {
        let mut names = Vec::new();
        collect_variables(self, &mut names);
        names
    }
}

fn collect_variables<'p>(pattern: &'p Pattern<'_>, names: &mut Vec<&'p str>) {
    for element in &pattern.0 {
        let (Element::Variable(name) | Element::Select { on: name, .. }) = element else { continue };
        if !names.contains(name) {
            names.push(name);
        }
        if let Element::Select { variants, .. } = element {
            for variant in variants {
                collect_variables(&variant.words, names);
            }
        }
    }
}

/// CLDR's cardinal plural category of a whole number in `language` (the only numbers the
/// messages are given).
pub fn plural_category(language: Language, number: i64) -> &'static str {
    let n = number.unsigned_abs();
    match language {
        Language::English | Language::Urdu => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        // Punjabi: n = 0..1; Gujarati: i = 0 or n = 1. For whole numbers, the same.
        Language::Punjabi | Language::Gujarati => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Language::Welsh => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            3 => "few",
            6 => "many",
            _ => "other",
        },
        Language::Polish => {
            let (units, tens) = (n % 10, n % 100);
            if n == 1 {
                "one"
            } else if (2..=4).contains(&units) && !(12..=14).contains(&tens) {
                "few"
            } else {
                "many"
            }
        }
    }
}

/// Reads one file's messages into `messages`; a message with a line it cannot read is left out.
fn read_file<'a>(source: &'a str, messages: &mut Vec<Message<'a>>, errors: &mut Vec<ParseError>) {
    let mut lines = Lines { lines: source.lines().collect(), at: 0 };
    while let Some(line) = lines.peek() {
        if line.trim().is_empty() || line.starts_with('#') {
            lines.at += 1;
            continue;
        }
        let start = lines.at;
        match read_message(&mut lines) {
            Ok(message) => messages.push(message),
            Err(reason) => {
                errors.push(ParseError { line: start + 1, reason });
                // Skip to the next line that starts an entry.
                lines.at = lines.at.max(start + 1);
                while lines.peek().is_some_and(|line| line.starts_with([' ', '}']) || line.trim().is_empty()) {
                    lines.at += 1;
                }
            }
        }
    }
}

struct Lines<'a> {
    lines: Vec<&'a str>,
    at: usize,
}

impl<'a> Lines<'a> {
    fn peek(&self) -> Option<&'a str> {
        self.lines.get(self.at).copied()
    }

    /// The next line if it is indented (it belongs to the entry above).
    fn indented(&self) -> Option<&'a str> {
        self.peek().filter(|line| line.starts_with(' '))
    }
}

fn read_message<'a>(lines: &mut Lines<'a>) -> Result<Message<'a>, &'static str> {
    let line = lines.peek().unwrap_or_default();
    let (id, rest) = identifier(line).ok_or("a message starts with its id")?;
    let rest = rest.trim_start().strip_prefix('=').ok_or("an id is followed by =")?.trim_start();
    lines.at += 1;
    let value = if rest.is_empty() { None } else { Some(read_pattern(rest, lines)?) };
    let mut attributes = Vec::new();
    while let Some(line) = lines.indented() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            lines.at += 1;
            continue;
        }
        let attribute = trimmed.strip_prefix('.').ok_or("words over several lines are not read")?;
        let (name, rest) = identifier(attribute).ok_or("an attribute starts with its name")?;
        let rest = rest.trim_start().strip_prefix('=').ok_or("an attribute's name is followed by =")?.trim_start();
        lines.at += 1;
        attributes.push((name, read_pattern(rest, lines)?));
    }
    if value.is_none() && attributes.is_empty() {
        return Err("a message has words");
    }
    Ok(Message { id, value, attributes })
}

/// An identifier at the start of `text` (a letter, then letters, digits, `-` and `_`) and
/// what follows it.
fn identifier(text: &str) -> Option<(&str, &str)> {
    if !text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(text.len());
    Some(text.split_at(end))
}

/// The words of one line (`line`, after `=` or a variant's key; `lines` is already past it); a
/// select's variants are read from the lines below it.
fn read_pattern<'a>(line: &'a str, lines: &mut Lines<'a>) -> Result<Pattern<'a>, &'static str> {
    let mut elements = Vec::new();
    let mut rest = line;
    loop {
        let text_end = rest.find(['{', '}']).unwrap_or(rest.len());
        let (text, after) = rest.split_at(text_end);
        // Fluent trims the whitespace that ends a pattern, not what is between placeables.
        let text = if after.is_empty() { text.trim_end() } else { text };
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        let Some(inside) = after.strip_prefix('{') else {
            return if after.is_empty() { Ok(Pattern(elements)) } else { Err("a } with no { before it") };
        };
        let inside = inside.trim_start();
        if let Some(literal) = inside.strip_prefix('"') {
            let end = literal.find(['"', '\\']).ok_or("a literal ends with \"")?;
            let after_literal = literal[end..].strip_prefix('"').ok_or("escapes in literals are not read")?;
            rest = after_literal.trim_start().strip_prefix('}').ok_or("a literal is followed by }")?;
            elements.push(Element::Text(&literal[..end]));
            continue;
        }
        let (name, after_name) = inside.strip_prefix('$').and_then(identifier).ok_or("a placeholder is a $variable or a \"literal\"")?;
        let after_name = after_name.trim_start();
        if let Some(after) = after_name.strip_prefix('}') {
            elements.push(Element::Variable(name));
            rest = after;
        } else if after_name.strip_prefix("->").is_some_and(|after| after.trim().is_empty()) {
            let (variants, after) = read_variants(lines)?;
            elements.push(Element::Select { on: name, variants });
            rest = after;
        } else {
            return Err("a $variable is followed by } or ->");
        }
    }
}

/// A select's variants, one per line below `{ $name ->`, up to the line with its `}`; returns
/// them and what follows that `}`.
fn read_variants<'a>(lines: &mut Lines<'a>) -> Result<(Vec<Variant<'a>>, &'a str), &'static str> {
    let mut variants = Vec::new();
    loop {
        // The closing `}` may start its line; a variant is indented.
        let line = lines.peek().filter(|line| line.starts_with([' ', '}'])).ok_or("a select's variants end with }")?.trim_start();
        if let Some(after) = line.strip_prefix('}') {
            lines.at += 1;
            if variants.iter().filter(|variant: &&Variant<'_>| variant.default).count() != 1 {
                return Err("a select has one *[default] variant");
            }
            return Ok((variants, after));
        }
        let (default, line) = match line.strip_prefix('*') {
            Some(line) => (true, line),
            None => (false, line),
        };
        let (key, words) = line.strip_prefix('[').and_then(|line| line.split_once(']')).ok_or("a variant starts with [key]")?;
        let key = key.trim();
        let key = match key.parse::<i64>() {
            Ok(number) => Key::Number(number),
            Err(_) => match identifier(key) {
                Some((word, "")) => Key::Word(word),
                _ => return Err("a variant's key is a number or a word"),
            },
        };
        lines.at += 1;
        let words = read_pattern(words.trim_start(), lines)?;
        variants.push(Variant { key, default, words });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(source: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let (catalogue, errors) = Catalogue::parse(Language::English, &[source]);
        assert_eq!(errors, []);
        let pattern = catalogue.message(id).and_then(Message::value).cloned().unwrap_or_default();
        catalogue.format(&pattern, args)
    }

    #[test]
    fn variables_and_selects_are_worded() {
        let source = "# a comment\nhello = Hello { $name }!  \nsync = { $count ->\n    [0] Nothing\n    [one] One thing\n   *[other] { $count } things\n} waiting.\n";
        assert_eq!(words(source, "hello", &[("name", "Jay".into())]), "Hello Jay!");
        assert_eq!(words(source, "hello", &[]), "Hello {$name}!");
        assert_eq!(words(source, "sync", &[("count", 0.into())]), "Nothing waiting.");
        assert_eq!(words(source, "sync", &[("count", 1.into())]), "One thing waiting.");
        assert_eq!(words(source, "sync", &[("count", 7.into())]), "7 things waiting.");
        assert_eq!(words(source, "sync", &[]), "{$count} things waiting.", "no value: the default");
    }

    #[test]
    fn attributes_are_kept_beside_the_value() {
        let (catalogue, _) = Catalogue::parse(Language::English, &["intro = Hard words\n    .easier = Easy words\n"]);
        let message = catalogue.message("intro").unwrap();
        assert_eq!(catalogue.format(message.attribute("easier").unwrap(), &[]), "Easy words");
        assert_eq!(catalogue.format(message.value().unwrap(), &[]), "Hard words");
        assert_eq!(catalogue.words("intro", Some("easier"), &[]).as_deref(), Some("Easy words"));
        assert_eq!(catalogue.words("intro", None, &[]).as_deref(), Some("Hard words"));
        assert_eq!(catalogue.words("intro", Some("section"), &[]), None, "an attribute it has not got");
        assert_eq!(catalogue.words("outro", None, &[]), None);
    }

    #[test]
    fn what_is_not_read_is_refused_with_its_line_and_the_rest_kept() {
        let source = "good = Fine\nbad = { -term }\nlong =\n    over lines\nsel = { $x ->\n    [one] a\n}\nalso-good = Fine too\n";
        let (catalogue, errors) = Catalogue::parse(Language::English, &[source]);
        assert_eq!(catalogue.ids().collect::<Vec<_>>(), ["also-good", "good"]);
        assert_eq!(errors.iter().map(|error| error.line).collect::<Vec<_>>(), [2, 3, 5]);
    }

    #[test]
    fn the_first_file_wins_where_two_share_an_id() {
        let (catalogue, _) = Catalogue::parse(Language::Welsh, &["a = Cymraeg\n", "a = English\nb = Only English\n"]);
        let a = catalogue.message("a").unwrap().value().unwrap();
        assert_eq!(catalogue.format(a, &[]), "Cymraeg");
        assert!(catalogue.message("b").is_some());
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let welsh: Vec<_> = (0..8).map(|n| plural_category(Language::Welsh, n)).collect();
        assert_eq!(welsh, ["zero", "one", "two", "few", "other", "other", "many", "other"]);
        let polish: Vec<_> = [1, 2, 5, 12, 22, 25, 112, 104].into_iter().map(|n| plural_category(Language::Polish, n)).collect();
        assert_eq!(polish, ["one", "few", "many", "many", "few", "many", "many", "few"]);
        assert_eq!(plural_category(Language::Gujarati, 0), "one");
        assert_eq!(plural_category(Language::Urdu, 0), "other");
    }
}
