//! The stable keys of the record enums (units, date precisions, qualifiers, kinds of source) as written in
//! `data/*.toml`: the same words name them in exports, `data-` attributes and element ids.

use crate::model::records::{Precision, Qualifier, SourceKind, Unit};

/// The key of a unit: "monthly-active-users", "rank"…
pub fn unit_key(unit: Unit) -> &'static str {
    Unit::ALL
        .iter()
        .find(|(_, u)| *u == unit)
        .map_or("", |(k, _)| k)
}

/// The key of a date precision: "day", "month"…
pub fn precision_key(precision: Precision) -> &'static str {
    Precision::ALL
        .iter()
        .find(|(_, p)| *p == precision)
        .map_or("", |(k, _)| k)
}

/// The key of a qualifier: "exact", "more-than"…
pub fn qualifier_key(qualifier: Qualifier) -> &'static str {
    Qualifier::ALL
        .iter()
        .find(|(_, q)| *q == qualifier)
        .map_or("", |(k, _)| k)
}

/// The key of a kind of source: "wire", "state-media"…
pub fn source_kind_key(kind: SourceKind) -> &'static str {
    SourceKind::ALL
        .iter()
        .find(|(_, k)| *k == kind)
        .map_or("", |(key, _)| key)
}
