//! How a source is named to the reader: its outlet (or "unnamed website"), the kind of outlet,
//! its headline or our description, and the notes that qualify quotes taken from it.

use crate::model::records::{Citation, Dataset, Lang, Source, SourceKind, SourceTitle, Text};
use crate::strings::source_label as words;
use crate::strings::Count;

/// Shown where a page names no publisher.
pub const UNNAMED: Text = Text {
    en: "Unnamed website",
    zh: "未具名网站",
};

/// Marks a title as our description rather than the outlet's headline.
pub const OUR_DESCRIPTION: Text = Text {
    en: "Our description",
    zh: "编者描述",
};

/// Marks a page that is a machine translation.
pub const MACHINE_TRANSLATION: Text = Text {
    en: "machine translation",
    zh: "机器翻译",
};

/// Where a source has no public address: an article kept on file.
pub const ON_FILE: Text = Text {
    en: "Copy on file with the editors; no public link",
    zh: "编辑部存档，无公开链接",
};

/// The reader's name for a kind of outlet.
pub fn kind_label(kind: SourceKind) -> Text {
    let (en, zh) = match kind {
        SourceKind::Wire => ("wire agency", "通讯社"),
        SourceKind::News => ("newspaper or broadcaster", "报刊或广播电视"),
        SourceKind::StateMedia => (
            "state media or state-aligned site",
            "官方媒体或官方立场网站",
        ),
        SourceKind::CompanyBlog => ("company or vendor blog", "企业博客"),
        SourceKind::Aggregator => ("aggregator or SEO site", "聚合或引流网站"),
        SourceKind::GovernmentRecord => ("government record", "政府文件"),
        SourceKind::EncyclopediaMirror => ("encyclopedia mirror", "百科镜像"),
        SourceKind::Preprint => ("academic preprint", "学术预印本"),
        SourceKind::Forum => ("forum post", "论坛帖子"),
        SourceKind::Commentary => ("legal or political commentary", "法律或时政评论"),
    };
    Text { en, zh }
}

/// Who a page is credited to, with the outlet it carries and that outlet's kind (the kind is
/// the reporting outlet's, not the copying site's): "Nation (Kenya), carrying Reuters (wire
/// agency)" / "Nation (Kenya)转载路透社（通讯社）". The one form source lines and copied citations
/// share.
pub fn credit(source: &Source, lang: Lang) -> String {
    let name = publisher_name(source, lang);
    let kind = kind_label(source.kind).get(lang);
    let via = source.via.get(lang);
    if via.is_empty() {
        words::credit(lang, name, kind)
    } else {
        words::credit_via(lang, name, via, kind)
    }
}

/// The outlet that did the reporting, then the page that carries it: "NBC News (via Hindustan
/// Times)", "Lianhe Zaobao (via an unnamed website)" / "美国全国广播公司（NBC）（经Hindustan
/// Times转载）"; the publisher alone where it carries no one else's story.
pub fn reporting_name(source: &Source, lang: Lang) -> String {
    let name = publisher_name(source, lang);
    let via = source.via.get(lang);
    match (via.is_empty(), source.publisher.is_empty()) {
        (true, _) => name.to_string(),
        (false, true) => words::via_unnamed(lang, via),
        (false, false) => words::via_named(lang, via, name),
    }
}

/// The outlet that did the reporting, by name alone: the `via` outlet of a copy, else the
/// publisher ("Reuters" for Nation (Kenya)'s copy of a Reuters story).
pub fn reporting_outlet(source: &Source, lang: Lang) -> &'static str {
    let via = source.via.get(lang);
    if via.is_empty() {
        publisher_name(source, lang)
    } else {
        via
    }
}

/// The outlet's name, or "Unnamed website" in the reader's language.
pub fn publisher_name(source: &Source, lang: Lang) -> &'static str {
    if source.publisher.is_empty() {
        UNNAMED.get(lang)
    } else {
        source.publisher
    }
}

/// The title as the reader sees it, and whether it is the outlet's own headline (`true`) or our
/// description (`false`). A headline stays in its own language; a description follows the
/// reader's.
pub fn title_text(source: &Source, lang: Lang) -> (&'static str, bool) {
    match source.title {
        SourceTitle::Headline(h) => (h, true),
        SourceTitle::Description(d) => (d.get(lang), false),
    }
}

/// The language a title is written in: the source's for a headline, the reader's for ours.
pub fn title_lang(source: &Source, lang: Lang) -> Lang {
    match source.title {
        SourceTitle::Headline(_) => source.lang,
        SourceTitle::Description(_) => lang,
    }
}

/// The note under a quote taken from a machine-translated page, naming who rendered it:
/// "As rendered in English by an unnamed website's machine translation".
pub fn rendered_by(source: &Source, lang: Lang) -> Option<String> {
    if !source.machine_translated {
        return None;
    }
    let who = publisher_name(source, lang);
    Some(match source.lang {
        Lang::En => words::rendered_en(lang, who),
        Lang::Zh => words::rendered_zh(lang, who),
    })
}

/// The publishers behind `citations`, each once, in citation order, each with its kind of
/// outlet, in [`credit`]'s form.
pub fn publishers(data: &Dataset, citations: &[Citation], lang: Lang) -> Vec<String> {
    let mut seen: Vec<u16> = Vec::new();
    let mut out = Vec::new();
    for c in citations {
        if seen.contains(&c.source) {
            continue;
        }
        seen.push(c.source);
        if let Some(s) = data.sources.get(c.source as usize) {
            out.push(credit(s, lang));
        }
    }
    out
}

/// The outlets behind several claims, each once, in citation order, each named by who did the
/// reporting ([`reporting_name`]): a chart's source line.
pub fn publisher_names<'a>(
    data: &Dataset,
    citations: impl IntoIterator<Item = &'a Citation>,
    lang: Lang,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for c in citations {
        if let Some(s) = data.sources.get(c.source as usize) {
            let name = reporting_name(s, lang);
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The publishers joined for one line: "A; B" / "A；B".
pub fn publishers_text(data: &Dataset, citations: &[Citation], lang: Lang) -> String {
    publishers(data, citations, lang).join(crate::query::punctuation::of(lang).semicolon)
}

/// The outlet that did the reporting behind `citations`' first source, by name alone, and how
/// many other sources there are, for a line with room for one name: "Reuters" (for a copy of a
/// Reuters story), "Entering China and 2 others" / "Entering China等3个来源". Empty when nothing
/// is cited.
pub fn lead_publisher(data: &Dataset, citations: &[Citation], lang: Lang) -> String {
    let distinct =
        crate::query::filters::sorted_set::sorted_distinct(citations.iter().map(|c| c.source));
    let Some(first) = citations
        .first()
        .and_then(|c| data.sources.get(c.source as usize))
    else {
        return String::new();
    };
    let name = reporting_outlet(first, lang);
    match distinct.len() {
        0 | 1 => name.to_string(),
        n => {
            let (others, all) = ((n - 1).to_string(), n.to_string());
            words::lead_and_others(lang, name, Count::new(n - 1, &others), Count::new(n, &all))
        }
    }
}
