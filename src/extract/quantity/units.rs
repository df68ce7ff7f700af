//! Units and currencies: symbols, codes and words, conversion factors, money
//! context.

use super::parser::{Core, P};
use super::tokens::K;

pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "euro" | "euros" | "eur" => "EUR",
        "dollar" | "dollars" | "usd" => "USD",
        "sterling" | "gbp" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "hryvnia" | "hryvnias" | "hryvnya" | "hryvnyas" | "hryvnas" | "uah" => "UAH",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "cent" | "cents" => "cent",
        "pence" => "pence",
        _ => return None,
    })
}

pub(super) fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₴" => "UAH",
        "₽" => "RUB",
        _ => return None,
    })
}

/// Measurement units: (normalized unit, conversion factor).
pub(super) fn unit_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => ("km", 1.0),
        "mile" | "miles" | "mi" => ("km", 1.609344),
        "m" | "metre" | "metres" | "meter" | "meters" => ("m", 1.0),
        "ft" | "foot" | "feet" => ("m", 0.3048),
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" => ("kg", 1.0),
        "lb" | "lbs" => ("kg", 0.453_592_37),
        "tonne" | "tonnes" | "ton" | "tons" => ("t", 1.0),
        "ha" | "hectare" | "hectares" => ("ha", 1.0),
        "acre" | "acres" => ("ha", 0.404_685_642_24),
        "km2" | "km²" => ("km2", 1.0),
        "mph" => ("km/h", 1.609344),
        "kph" | "kmh" => ("km/h", 1.0),
        "magnitude" => ("magnitude", 1.0),
        _ => return None,
    })
}

pub(super) fn is_money_context(w: &str) -> bool {
    matches!(
        w,
        "worth"
            | "cost"
            | "costs"
            | "costing"
            | "paid"
            | "pay"
            | "pays"
            | "paying"
            | "fine"
            | "fined"
            | "price"
            | "priced"
            | "sold"
            | "bought"
            | "salary"
            | "budget"
            | "spent"
            | "spend"
            | "raised"
            | "funding"
            | "fund"
            | "deal"
            | "contract"
            | "compensation"
            | "damages"
            | "bill"
            | "tax"
            | "earn"
            | "earned"
            | "earns"
            | "owed"
            | "debt"
            | "loan"
            | "valued"
            | "prize"
            | "bail"
            | "reward"
            | "bonus"
            | "invest"
            | "invested"
            | "investment"
            | "revenue"
            | "profit"
            | "loss"
            | "wage"
            | "wages"
            | "fee"
            | "fees"
            | "sum"
            | "pounds"
    )
}

/// A measurement converted to another unit ("miles" → km), not a currency
/// or a percentage.
pub(super) fn is_converted(unit: Option<&str>, factor: f64) -> bool {
    factor != 1.0
        && matches!(
            unit,
            Some("km" | "m" | "kg" | "t" | "ha" | "km2" | "m2" | "km/h")
        )
}

pub(super) fn is_currency_code(u: &str) -> bool {
    u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())
}

impl P<'_, '_> {
    /// "on the Richter scale", also after "degrees" or "points".
    pub(super) fn richter(&self, k: usize) -> bool {
        let k = if matches!(self.l(k), "degrees" | "degree" | "points" | "point") {
            k + 1
        } else {
            k
        };
        self.l(k) == "on" && self.l(k + 1) == "the" && self.l(k + 2) == "richter"
    }

    pub(super) fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.t.get(i)?;
        if let Some(c) = currency_symbol(t.t) {
            if self.num(i + 1) && self.att(i + 1) {
                return Some((c, i + 1));
            }
            return None;
        }
        if t.k == K::Word
            && self.l(i + 1) == "$"
            && (self.att(i + 1) || matches!(t.t, "US" | "HK" | "NZ"))
            && self.num(i + 2)
            && self.att(i + 2)
        {
            let code = match t.t {
                "US" => "USD",
                "A" | "AU" => "AUD",
                "C" | "CA" => "CAD",
                "HK" => "HKD",
                "NZ" => "NZD",
                "S" => "SGD",
                _ => return None,
            };
            return Some((code, i + 2));
        }
        if t.k == K::Word
            && t.t.len() == 3
            && t.t.bytes().all(|b| b.is_ascii_uppercase())
            && self.num(i + 1)
        {
            let code = match t.t {
                "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "INR" | "UAH" | "RUB" | "CHF" | "CAD"
                | "AUD" => t.t,
                _ => return None,
            };
            let code: &'static str = match code {
                "USD" => "USD",
                "EUR" => "EUR",
                "GBP" => "GBP",
                "JPY" => "JPY",
                "CNY" => "CNY",
                "INR" => "INR",
                "UAH" => "UAH",
                "RUB" => "RUB",
                "CHF" => "CHF",
                "CAD" => "CAD",
                _ => "AUD",
            };
            return Some((code, i + 1));
        }
        None
    }

    pub(super) fn unit_at(&self, k: usize, c: &Core) -> Option<(&'static str, f64, usize)> {
        let t = self.t.get(k)?;
        let mut k = k;
        let hyph = self.dash(k)
            && self.att(k + 1)
            && self.word(k + 1)
            && (self.att(k) || self.l(k + 1) == "magnitude");
        if hyph {
            k += 1;
        } else if t.k == K::Punct {
            if t.t == "%" {
                return Some(("percent", 1.0, k + 1));
            }
            return None;
        }
        let w = self.l(k);
        let attached = !self.t[k].sp;
        match w {
            "percent" | "pct" => return Some(("percent", 1.0, k + 1)),
            "per" if self.l(k + 1) == "cent" => return Some(("percent", 1.0, k + 2)),
            "per" if self.dash(k + 1) && self.l(k + 2) == "cent" => {
                return Some(("percent", 1.0, k + 3))
            }
            "percentage" if matches!(self.l(k + 1), "point" | "points") => {
                return Some(("percentage_point", 1.0, k + 2))
            }
            "basis" if matches!(self.l(k + 1), "point" | "points") => {
                return Some(("percentage_point", 0.01, k + 2))
            }
            "bps" | "bp" if attached => return Some(("percentage_point", 0.01, k + 1)),
            "pc" if attached => return Some(("percent", 1.0, k + 1)),
            "pounds" | "pound" => {
                if self.l(k + 1) == "sterling" {
                    return Some(("GBP", 1.0, k + 2));
                }
                return Some(if self.money_context(c, k) {
                    ("GBP", 1.0, k + 1)
                } else {
                    ("kg", 0.453_592_37, k + 1)
                });
            }
            "us" | "u.s" if matches!(self.l(k + 1), "dollars" | "dollar") => {
                return Some(("USD", 1.0, k + 2))
            }
            "nautical" if matches!(self.l(k + 1), "mile" | "miles") => {
                return Some(("km", 1.852, k + 2))
            }
            "square" | "sq" => {
                let (u, f) = match self.l(k + 1) {
                    "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => ("km2", 1.0),
                    "miles" | "mile" => ("km2", 2.589_988_110_336),
                    "metres" | "meters" | "m" => ("m2", 1.0),
                    _ => return None,
                };
                return Some((u, f, k + 2));
            }
            "km" if self.l(k + 1) == "/" && self.l(k + 2) == "h" => {
                return Some(("km/h", 1.0, k + 3))
            }
            "kilometres" | "kilometers" | "miles"
                if self.l(k + 1) == "per" && self.l(k + 2) == "hour"
                    || self.l(k + 1) == "an" && self.l(k + 2) == "hour" =>
            {
                let f = if w == "miles" { 1.609344 } else { 1.0 };
                return Some(("km/h", f, k + 3));
            }
            _ => {}
        }
        if let Some(cur) = currency_word(w) {
            if w.len() == 3 && !self.t[k].t.bytes().all(|b| b.is_ascii_uppercase()) {
                return None;
            }
            return Some((cur, 1.0, k + 1));
        }
        if w == "p" && attached && !hyph && self.l(k + 1) != "." {
            return Some(("pence", 1.0, k + 1));
        }
        if let Some((u, f)) = unit_word(w) {
            // "m" only as an attached suffix ("150m") or hyphenated ("100-m")
            if matches!(w, "m" | "mi" | "ha" | "ft") && !(attached || hyph) {
                return None;
            }
            return Some((u, f, k + 1));
        }
        None
    }

    pub(super) fn money_context(&self, c: &Core, k: usize) -> bool {
        if c.mult >= 1e3 {
            return true;
        }
        let from = c.s.saturating_sub(6);
        for x in from..c.s {
            if matches!(
                self.l(x),
                "weigh" | "weighs" | "weighed" | "weighing" | "heavy" | "lost" | "gained"
            ) {
                return false;
            }
        }
        (from..c.s)
            .chain(k + 1..(k + 3).min(self.t.len()))
            .any(|x| is_money_context(self.l(x)) || self.l(x) == "£")
    }
}
