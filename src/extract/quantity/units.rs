//! Units and currencies: symbols, codes and words, conversion factors, money
//! context.
//!
//! Each unit normalizes to one unit per dimension (lengths to `km` or `m`,
//! masses to `kg` or `t`, volumes to `L`, data to `B` bytes or `bit`,
//! power to `W`, energy to `Wh`, frequency to `Hz`, temperature to `°C`…)
//! and keeps the symbol it was written in, so a converted figure can show
//! its written form next to the normalized one. Symbols are matched with
//! their case ("MW" megawatts, "mW" milliwatts), then lower-cased for the
//! spellings news uses ("2.4Ghz", "500mw", "64gb" — bytes, as storage is
//! sold). Single letters (`m`, `g`, `t`, `l`, `W`, `V`, `C`, `F`) only
//! count written against the figure ("150m", "500g", "-12C"), and a bare
//! "C" or "F" only in a sentence about temperature or on a signed or
//! decimal figure ("the 13F filing" is a form).

use super::parser::{Core, P};
use super::tokens::K;

/// A unit as written: what it normalizes to and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Unit {
    /// The normalized unit: "km", "kg", "°C", an ISO currency code…
    pub(super) norm: &'static str,
    /// normalized = written × factor + offset.
    pub(super) factor: f64,
    pub(super) offset: f64,
    /// The written unit's symbol: "mi", "GB", "°F".
    pub(super) symbol: &'static str,
}

const fn u(norm: &'static str, factor: f64, symbol: &'static str) -> Unit {
    Unit {
        norm,
        factor,
        offset: 0.0,
        symbol,
    }
}

const FAHRENHEIT: Unit = Unit {
    norm: "°C",
    factor: 5.0 / 9.0,
    offset: -160.0 / 9.0,
    symbol: "°F",
};
const CELSIUS: Unit = u("°C", 1.0, "°C");
const KELVIN: Unit = Unit {
    norm: "°C",
    factor: 1.0,
    offset: -273.15,
    symbol: "K",
};
const DEGREE: Unit = u("degree", 1.0, "°");
const POUND: Unit = u("kg", 0.453_592_37, "lb");

/// Unit symbols, with their case.
fn symbol(s: &str) -> Option<Unit> {
    Some(match s {
        "km" | "kms" => u("km", 1.0, "km"),
        "mi" => u("km", 1.609344, "mi"),
        "nmi" => u("km", 1.852, "nmi"),
        "m" => u("m", 1.0, "m"),
        "cm" => u("m", 0.01, "cm"),
        "mm" => u("m", 0.001, "mm"),
        "dm" => u("m", 0.1, "dm"),
        "µm" | "μm" | "um" => u("m", 1e-6, "µm"),
        "nm" => u("m", 1e-9, "nm"),
        "ft" => u("m", 0.3048, "ft"),
        "in" => u("m", 0.0254, "in"),
        "km2" | "km²" => u("km2", 1.0, "km2"),
        "m2" | "m²" | "sqm" => u("m2", 1.0, "m2"),
        "cm2" | "cm²" => u("m2", 1e-4, "cm2"),
        "ha" => u("ha", 1.0, "ha"),
        "m3" | "m³" => u("m3", 1.0, "m3"),
        "cm3" | "cm³" | "cc" => u("m3", 1e-6, "cm3"),
        "L" | "l" | "ltr" => u("L", 1.0, "L"),
        "mL" | "ml" => u("L", 0.001, "mL"),
        "cL" | "cl" => u("L", 0.01, "cL"),
        "dL" | "dl" => u("L", 0.1, "dL"),
        "gal" => u("L", 3.785_411_784, "gal"),
        "qt" => u("L", 0.946_352_946, "qt"),
        "tbsp" | "tbs" => u("L", 0.014_786_764_781_25, "tbsp"),
        "tsp" => u("L", 0.004_928_921_593_75, "tsp"),
        "kg" | "kgs" => u("kg", 1.0, "kg"),
        "g" => u("kg", 0.001, "g"),
        "mg" => u("kg", 1e-6, "mg"),
        "µg" | "μg" | "mcg" => u("kg", 1e-9, "µg"),
        "lb" | "lbs" => POUND,
        "oz" => u("kg", 0.028_349_523_125, "oz"),
        "st" => u("kg", 6.350_293_18, "st"),
        "t" => u("t", 1.0, "t"),
        "kt" => u("t", 1e3, "kt"),
        "Mt" => u("t", 1e6, "Mt"),
        "kB" | "KB" => u("B", 1e3, "kB"),
        "MB" => u("B", 1e6, "MB"),
        "GB" => u("B", 1e9, "GB"),
        "TB" => u("B", 1e12, "TB"),
        "PB" => u("B", 1e15, "PB"),
        "KiB" => u("B", 1024.0, "KiB"),
        "MiB" => u("B", 1_048_576.0, "MiB"),
        "GiB" => u("B", 1_073_741_824.0, "GiB"),
        "TiB" => u("B", 1_099_511_627_776.0, "TiB"),
        "Kb" | "kbit" => u("bit", 1e3, "kbit"),
        "Mb" | "Mbit" => u("bit", 1e6, "Mbit"),
        "Gb" | "Gbit" => u("bit", 1e9, "Gbit"),
        "Tb" | "Tbit" => u("bit", 1e12, "Tbit"),
        "bps" => u("bit/s", 1.0, "bit/s"),
        "kbps" | "Kbps" => u("bit/s", 1e3, "kbit/s"),
        "Mbps" => u("bit/s", 1e6, "Mbit/s"),
        "Gbps" => u("bit/s", 1e9, "Gbit/s"),
        "Tbps" => u("bit/s", 1e12, "Tbit/s"),
        "W" => u("W", 1.0, "W"),
        "mW" => u("W", 1e-3, "mW"),
        "kW" => u("W", 1e3, "kW"),
        "MW" => u("W", 1e6, "MW"),
        "GW" => u("W", 1e9, "GW"),
        "TW" => u("W", 1e12, "TW"),
        "Wh" => u("Wh", 1.0, "Wh"),
        "kWh" => u("Wh", 1e3, "kWh"),
        "MWh" => u("Wh", 1e6, "MWh"),
        "GWh" => u("Wh", 1e9, "GWh"),
        "TWh" => u("Wh", 1e12, "TWh"),
        "J" => u("J", 1.0, "J"),
        "kJ" => u("J", 1e3, "kJ"),
        "MJ" => u("J", 1e6, "MJ"),
        "GJ" => u("J", 1e9, "GJ"),
        "kcal" | "Cal" => u("kcal", 1.0, "kcal"),
        "mAh" => u("mAh", 1.0, "mAh"),
        "Ah" => u("mAh", 1e3, "Ah"),
        "Hz" => u("Hz", 1.0, "Hz"),
        "kHz" | "KHz" => u("Hz", 1e3, "kHz"),
        "MHz" => u("Hz", 1e6, "MHz"),
        "GHz" => u("Hz", 1e9, "GHz"),
        "THz" => u("Hz", 1e12, "THz"),
        "V" => u("V", 1.0, "V"),
        "mV" => u("V", 1e-3, "mV"),
        "kV" => u("V", 1e3, "kV"),
        "mA" => u("A", 1e-3, "mA"),
        "kA" => u("A", 1e3, "kA"),
        "hPa" | "mbar" => u("hPa", 1.0, "hPa"),
        "kPa" => u("hPa", 10.0, "kPa"),
        "psi" => u("hPa", 68.947_572_9, "psi"),
        "dB" => u("dB", 1.0, "dB"),
        "ppm" => u("ppm", 1.0, "ppm"),
        "ppb" => u("ppm", 1e-3, "ppb"),
        "mph" => u("km/h", 1.609344, "mph"),
        "kph" | "kmh" | "kmph" => u("km/h", 1.0, "km/h"),
        "kn" | "kts" => u("km/h", 1.852, "kn"),
        "hp" | "bhp" => u("hp", 1.0, "hp"),
        "rad" => u("rad", 1.0, "rad"),
        "°C" | "ºC" | "℃" => CELSIUS,
        "°F" | "ºF" | "℉" => FAHRENHEIT,
        _ => return None,
    })
}

/// Lower-case spellings of symbols that are not symbols themselves:
/// "2.4Ghz", "500mw", "64gb", "30mbps".
fn lower_symbol(s: &str) -> Option<Unit> {
    Some(match s {
        "khz" => u("Hz", 1e3, "kHz"),
        "mhz" => u("Hz", 1e6, "MHz"),
        "ghz" => u("Hz", 1e9, "GHz"),
        "hz" => u("Hz", 1.0, "Hz"),
        "kw" => u("W", 1e3, "kW"),
        "mw" => u("W", 1e6, "MW"),
        "gw" => u("W", 1e9, "GW"),
        "kwh" => u("Wh", 1e3, "kWh"),
        "mwh" => u("Wh", 1e6, "MWh"),
        "gwh" => u("Wh", 1e9, "GWh"),
        "twh" => u("Wh", 1e12, "TWh"),
        "kb" => u("B", 1e3, "kB"),
        "mb" => u("B", 1e6, "MB"),
        "gb" => u("B", 1e9, "GB"),
        "tb" => u("B", 1e12, "TB"),
        "mbps" => u("bit/s", 1e6, "Mbit/s"),
        "gbps" => u("bit/s", 1e9, "Gbit/s"),
        "kbps" => u("bit/s", 1e3, "kbit/s"),
        "mah" => u("mAh", 1.0, "mAh"),
        "kv" => u("V", 1e3, "kV"),
        "db" => u("dB", 1.0, "dB"),
        "hpa" => u("hPa", 1.0, "hPa"),
        "kwt" => return None,
        _ => return None,
    })
}

/// Unit words (lower case).
pub(super) fn unit_word(w: &str) -> Option<Unit> {
    Some(match w {
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => u("km", 1.0, "km"),
        "mile" | "miles" => u("km", 1.609344, "mi"),
        "metre" | "metres" | "meter" | "meters" => u("m", 1.0, "m"),
        "centimetre" | "centimetres" | "centimeter" | "centimeters" => u("m", 0.01, "cm"),
        "millimetre" | "millimetres" | "millimeter" | "millimeters" => u("m", 0.001, "mm"),
        "decimetre" | "decimetres" | "decimeter" | "decimeters" => u("m", 0.1, "dm"),
        "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron" | "microns" => {
            u("m", 1e-6, "µm")
        }
        "nanometre" | "nanometres" | "nanometer" | "nanometers" => u("m", 1e-9, "nm"),
        "foot" | "feet" => u("m", 0.3048, "ft"),
        "inch" | "inches" => u("m", 0.0254, "in"),
        "hectare" | "hectares" => u("ha", 1.0, "ha"),
        "acre" | "acres" => u("ha", 0.404_685_642_24, "acre"),
        "litre" | "litres" | "liter" | "liters" => u("L", 1.0, "L"),
        "millilitre" | "millilitres" | "milliliter" | "milliliters" => u("L", 0.001, "mL"),
        "centilitre" | "centilitres" | "centiliter" | "centiliters" => u("L", 0.01, "cL"),
        "gallon" | "gallons" => u("L", 3.785_411_784, "gal"),
        "pint" | "pints" => u("L", 0.473_176_473, "pt"),
        "quart" | "quarts" => u("L", 0.946_352_946, "qt"),
        "tablespoon" | "tablespoons" => u("L", 0.014_786_764_781_25, "tbsp"),
        "teaspoon" | "teaspoons" => u("L", 0.004_928_921_593_75, "tsp"),
        "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo" | "kilos" => {
            u("kg", 1.0, "kg")
        }
        "gram" | "grams" | "gramme" | "grammes" => u("kg", 0.001, "g"),
        "milligram" | "milligrams" | "milligramme" | "milligrammes" => u("kg", 1e-6, "mg"),
        "microgram" | "micrograms" | "microgramme" | "microgrammes" => u("kg", 1e-9, "µg"),
        "ounce" | "ounces" => u("kg", 0.028_349_523_125, "oz"),
        "stone" => u("kg", 6.350_293_18, "st"),
        "tonne" | "tonnes" | "ton" | "tons" => u("t", 1.0, "t"),
        "kilotonne" | "kilotonnes" | "kiloton" | "kilotons" => u("t", 1e3, "kt"),
        "megatonne" | "megatonnes" | "megaton" | "megatons" => u("t", 1e6, "Mt"),
        "byte" | "bytes" => u("B", 1.0, "B"),
        "kilobyte" | "kilobytes" => u("B", 1e3, "kB"),
        "megabyte" | "megabytes" => u("B", 1e6, "MB"),
        "gigabyte" | "gigabytes" => u("B", 1e9, "GB"),
        "terabyte" | "terabytes" => u("B", 1e12, "TB"),
        "petabyte" | "petabytes" => u("B", 1e15, "PB"),
        "bit" | "bits" => u("bit", 1.0, "bit"),
        "kilobit" | "kilobits" => u("bit", 1e3, "kbit"),
        "megabit" | "megabits" => u("bit", 1e6, "Mbit"),
        "gigabit" | "gigabits" => u("bit", 1e9, "Gbit"),
        "watt" | "watts" => u("W", 1.0, "W"),
        "kilowatt" | "kilowatts" => u("W", 1e3, "kW"),
        "megawatt" | "megawatts" => u("W", 1e6, "MW"),
        "gigawatt" | "gigawatts" => u("W", 1e9, "GW"),
        "terawatt" | "terawatts" => u("W", 1e12, "TW"),
        "horsepower" => u("hp", 1.0, "hp"),
        "joule" | "joules" => u("J", 1.0, "J"),
        "kilojoule" | "kilojoules" => u("J", 1e3, "kJ"),
        "megajoule" | "megajoules" => u("J", 1e6, "MJ"),
        "calorie" | "calories" | "kilocalorie" | "kilocalories" => u("kcal", 1.0, "kcal"),
        "hertz" => u("Hz", 1.0, "Hz"),
        "kilohertz" => u("Hz", 1e3, "kHz"),
        "megahertz" => u("Hz", 1e6, "MHz"),
        "gigahertz" => u("Hz", 1e9, "GHz"),
        "volt" | "volts" => u("V", 1.0, "V"),
        "kilovolt" | "kilovolts" => u("V", 1e3, "kV"),
        "amp" | "amps" | "ampere" | "amperes" => u("A", 1.0, "A"),
        "milliamp" | "milliamps" => u("A", 1e-3, "mA"),
        "millibar" | "millibars" | "hectopascal" | "hectopascals" => u("hPa", 1.0, "hPa"),
        "decibel" | "decibels" => u("dB", 1.0, "dB"),
        "knot" | "knots" => u("km/h", 1.852, "kn"),
        "radian" | "radians" => u("rad", 1.0, "rad"),
        "celsius" | "centigrade" | "celcius" => CELSIUS,
        "fahrenheit" | "farenheit" | "fahrenheight" => FAHRENHEIT,
        "kelvin" | "kelvins" => KELVIN,
        "magnitude" => u("magnitude", 1.0, "magnitude"),
        "kms" => u("km", 1.0, "km"),
        "mph" => u("km/h", 1.609344, "mph"),
        _ => return None,
    })
}

/// A unit written as a symbol at `t` (case as written, then lower case).
fn any_symbol(t: &str, l: &str) -> Option<Unit> {
    symbol(t).or_else(|| lower_symbol(l))
}

/// Symbols that are words too: they count only written against the figure.
fn attached_only(s: &str) -> bool {
    s.chars().count() == 1
        || matches!(
            s,
            "in" | "pt"
                | "st"
                | "am"
                | "kn"
                | "kt"
                | "mi"
                | "ha"
                | "qt"
                | "Ah"
                | "Mt"
                | "Cal"
                | "cc"
                | "um"
                | "dm"
                | "sqm"
                | "ltr"
                | "tbs"
                | "kts"
                | "rad"
                | "mw"
                | "mb"
                | "db"
        )
}

/// Words of a sentence about temperature: a bare "C" or "F" after a figure
/// is a temperature there.
pub(super) fn is_temperature_word(w: &str) -> bool {
    matches!(
        w,
        "temperature"
            | "temperatures"
            | "degree"
            | "degrees"
            | "heat"
            | "heatwave"
            | "hot"
            | "hotter"
            | "warm"
            | "warmer"
            | "warmest"
            | "cold"
            | "colder"
            | "coldest"
            | "cool"
            | "cooler"
            | "freezing"
            | "frost"
            | "chill"
            | "thermometer"
            | "thermometers"
            | "mercury"
            | "weather"
            | "forecast"
            | "oven"
            | "bake"
            | "fever"
            | "sweltering"
            | "scorching"
            | "icy"
            | "highs"
            | "lows"
            | "celsius"
            | "fahrenheit"
    )
}

pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "euro" | "euros" | "eur" => "EUR",
        "dollar" | "dollars" | "usd" | "bucks" => "USD",
        "sterling" | "gbp" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" | "rmb" | "元" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "hryvnia" | "hryvnias" | "hryvnya" | "hryvnyas" | "hryvnas" | "uah" => "UAH",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "franc" | "francs" | "chf" => "CHF",
        "peso" | "pesos" | "mxn" => "MXN",
        "rand" | "zar" => "ZAR",
        "ringgit" | "myr" => "MYR",
        "rupiah" | "idr" => "IDR",
        "baht" | "thb" => "THB",
        "naira" | "ngn" => "NGN",
        "shekel" | "shekels" | "ils" => "ILS",
        "zloty" | "zlotys" | "pln" => "PLN",
        "lira" | "liras" | "try" if w != "try" => "TRY",
        "krona" | "kronor" | "sek" => "SEK",
        "kroner" | "krone" | "nok" => "NOK",
        "dkk" => "DKK",
        "dirham" | "dirhams" | "aed" => "AED",
        "riyal" | "riyals" | "sar" => "SAR",
        "forint" | "forints" | "huf" => "HUF",
        "bitcoin" | "bitcoins" | "btc" => "BTC",
        "pesetas" | "peseta" => "ESP",
        "markka" => "FIM",
        "guilders" | "guilder" => "NLG",
        "aud" => "AUD",
        "cad" => "CAD",
        "nzd" => "NZD",
        "hkd" => "HKD",
        "sgd" => "SGD",
        "krw" => "KRW",
        "brl" => "BRL",
        "cent" | "cents" => "cent",
        "pence" | "penny" => "pence",
        _ => return None,
    })
}

/// "australian dollars", "swiss francs": the adjective names the currency.
fn national_currency(adj: &str, w: &str) -> Option<&'static str> {
    let dollar = matches!(w, "dollar" | "dollars");
    Some(match adj {
        "us" | "u.s" | "american" if dollar => "USD",
        "australian" if dollar => "AUD",
        "canadian" if dollar => "CAD",
        "zealand" if dollar => "NZD",
        "kong" if dollar => "HKD",
        "singapore" if dollar => "SGD",
        "taiwan" | "taiwanese" if dollar => "TWD",
        "swiss" if matches!(w, "franc" | "francs") => "CHF",
        "turkish" if matches!(w, "lira" | "liras") => "TRY",
        "chinese" if matches!(w, "yuan") => "CNY",
        "japanese" if w == "yen" => "JPY",
        "indian" if matches!(w, "rupee" | "rupees") => "INR",
        "pakistani" if matches!(w, "rupee" | "rupees") => "PKR",
        "mexican" if matches!(w, "peso" | "pesos") => "MXN",
        "philippine" if matches!(w, "peso" | "pesos") => "PHP",
        "argentine" | "argentinian" if matches!(w, "peso" | "pesos") => "ARS",
        "african" if w == "rand" => "ZAR",
        "korean" if w == "won" => "KRW",
        "brazilian" if matches!(w, "real" | "reais") => "BRL",
        "swedish" if matches!(w, "krona" | "kronor") => "SEK",
        "norwegian" if matches!(w, "krone" | "kroner") => "NOK",
        "danish" if matches!(w, "krone" | "kroner") => "DKK",
        "finnish" if w == "markka" => "FIM",
        "dutch" if matches!(w, "guilder" | "guilders") => "NLG",
        "deutsche" | "german" if matches!(w, "mark" | "marks") => "DEM",
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
        "₩" => "KRW",
        "₦" => "NGN",
        "₱" => "PHP",
        "₺" => "TRY",
        "₪" => "ILS",
        "₫" => "VND",
        "฿" => "THB",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₿" => "BTC",
        "元" => "CNY",
        _ => return None,
    })
}

/// A currency code written before a figure, with or without a space:
/// "USD 200", "EUR50m", "RM23.50", "Rs 5 crore", "INR1 trillion".
fn code_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" | "Rs" => "INR",
        "UAH" => "UAH",
        "RUB" => "RUB",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        // "R2.5bn": the rand, checked like "PS" ("R2" is a road or a droid)
        "ZAR" | "R" => "ZAR",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "KRW" => "KRW",
        "TRY" => "TRY",
        "PLN" => "PLN",
        "IDR" | "Rp" => "IDR",
        "PHP" => "PHP",
        "THB" => "THB",
        "MYR" | "RM" => "MYR",
        // "£" lost by a feed ("PS2.7m"); checked against consoles ("PS4")
        "PS" => "GBP",
        "NGN" => "NGN",
        "KES" | "KSh" | "Sh" => "KES",
        "EGP" => "EGP",
        "SAR" => "SAR",
        "AED" => "AED",
        "QAR" => "QAR",
        "ILS" => "ILS",
        "PKR" => "PKR",
        "BDT" => "BDT",
        "LKR" => "LKR",
        "VND" => "VND",
        "TWD" => "TWD",
        "ARS" => "ARS",
        "CLP" => "CLP",
        "COP" => "COP",
        "HUF" => "HUF",
        "CZK" => "CZK",
        // "MUSD 30", "30 MEUR": millions of the currency (Nordic style).
        "MUSD" | "MEUR" | "MGBP" | "MAUD" | "MSEK" | "MNOK" | "MDKK" => return None,
        _ => return None,
    })
}

/// A currency code that can stand before a figure ("USD", "RM", "MUSD").
pub(super) fn starts_money(w: &str) -> bool {
    code_prefix(w).is_some() || million_code(w).is_some()
}

/// "MUSD", "MEUR": millions of a currency.
fn million_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "MUSD" => "USD",
        "MEUR" => "EUR",
        "MGBP" => "GBP",
        "MAUD" => "AUD",
        "MSEK" => "SEK",
        "MNOK" => "NOK",
        "MDKK" => "DKK",
        "MCHF" => "CHF",
        _ => return None,
    })
}

/// The letters before "$" that name the dollar: "US$", "A$", "HK$", "C$".
fn dollar_prefix(w: &str, attached: bool) -> Option<&'static str> {
    Some(match w {
        "US" | "us" | "u.s" | "U.S" | "usd" => "USD",
        "HK" | "hk" => "HKD",
        "NZ" | "nz" | "nzd" => "NZD",
        "C" | "c" | "CA" | "cad" => "CAD",
        "A" | "AU" | "aud" if attached => "AUD",
        "S" | "SG" if attached => "SGD",
        "NT" => "TWD",
        "R" if attached => "BRL",
        "Mex" | "mex" | "mxn" => "MXN",
        _ => return None,
    })
}

/// Converted to another unit ("miles" → km, "°F" → °C): not a currency or
/// a percentage.
pub(super) fn is_converted(unit: Option<&str>, factor: f64) -> bool {
    factor != 1.0 && unit.is_some_and(|u| !is_currency_code(u) && u != "percentage_point")
}

/// Whether a unit is a currency: its ISO code ("USD", "EUR").
pub fn is_currency_code(u: &str) -> bool {
    u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())
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
            // Money taken or given ("embezzled around 850,000 pounds").
            | "embezzled"
            | "embezzling"
            | "stole"
            | "stolen"
            | "siphoned"
            | "defrauded"
            | "swindled"
            | "laundered"
            | "donated"
            | "donation"
            | "donations"
            | "bribes"
            | "ransom"
            | "funds"
            | "cash"
            | "pounds"
    )
}

/// A currency before a figure: where the figure starts and whether a minus
/// sign came between ("$-50.8bn").
pub(super) struct Prefix {
    pub(super) code: &'static str,
    pub(super) at: usize,
    pub(super) negative: bool,
    /// Millions of the currency ("MUSD 30").
    pub(super) mult: f64,
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

    /// The figure right after `k` (attached, or after a space when
    /// `spaced`), maybe after a minus sign: its index and the sign.
    fn figure_after(&self, k: usize, spaced: bool) -> Option<(usize, bool)> {
        let t = self.t.get(k + 1)?;
        if t.k == K::Num && (!t.sp || spaced) {
            return Some((k + 1, false));
        }
        if matches!(t.t, "-" | "−") && (!t.sp || spaced) && self.num(k + 2) && self.att(k + 2) {
            return Some((k + 2, true));
        }
        None
    }

    /// A currency written before a figure at `i`: a symbol ("$5", "£ 8.10
    /// million", "$-50.8bn"), letters and "$" ("US$", "HK $", "$US55"), a
    /// code ("USD 200", "EUR50m", "RM23.50"). "PS" stands for "£" in feeds
    /// that lost it, but also names consoles ("PS4"): it is a pound only
    /// before a figure with decimals, a thousands separator or a scale;
    /// so is "R" a rand ("R2.5bn", not "the R5 road").
    pub(super) fn currency_prefix(&self, i: usize) -> Option<Prefix> {
        let t = self.t.get(i)?;
        let pre = |code, (at, negative): (usize, bool)| Prefix {
            code,
            at,
            negative,
            mult: 1.0,
        };
        if let Some(c) = currency_symbol(t.t) {
            // "$US55,931,000", "$A20"
            if let Some(n) = self.t.get(i + 1) {
                if n.k == K::Word && !n.sp {
                    if let Some(code) = dollar_prefix(n.t, true).filter(|_| c == "USD") {
                        return self.figure_after(i + 1, false).map(|f| pre(code, f));
                    }
                }
            }
            // Spaced ("$ 75 million") only where a figure follows a sign
            // that starts a phrase, not "US $" glued to text.
            return self.figure_after(i, true).map(|f| pre(c, f));
        }
        if t.k != K::Word {
            return None;
        }
        // "US$", "HK $", "c $ 16.4", "u.s $"
        let mut k = i + 1;
        if self.l(k) == "." && self.att(k) {
            k += 1;
        }
        if self.l(k) == "$" {
            let attached = self.att(k);
            if let Some(code) = dollar_prefix(t.t, attached) {
                let lower_ok = t.t.bytes().any(|b| b.is_ascii_uppercase()) || !attached;
                if lower_ok {
                    return self.figure_after(k, true).map(|f| pre(code, f));
                }
            }
            return None;
        }
        if let Some(code) = million_code(t.t) {
            return self.figure_after(i, true).map(|f| Prefix {
                code,
                at: f.0,
                negative: f.1,
                mult: 1e6,
            });
        }
        let code = code_prefix(t.t)?;
        let (at, negative) = self.figure_after(i, true)?;
        if matches!(t.t, "PS" | "R") {
            let n = &self.t[at];
            let scaled = self.scale(at + 1, true).is_some();
            if n.sp || !(scaled || !n.int || n.comma) {
                return None;
            }
        }
        // "Sh" and "Rs" only written against the figure or before a space
        // and a figure; "Sh" spaced is too often a name.
        if t.t == "Sh" && self.t[at].sp {
            return None;
        }
        Some(pre(code, (at, negative)))
    }

    /// The unit at token `k` after the figure of `c`: a symbol, a word, a
    /// compound ("square feet", "kilowatt hours", "degrees Fahrenheit",
    /// "metric tons", "miles per hour") or a currency. Returns the unit and
    /// where it ends.
    pub(super) fn unit_at(&self, k: usize, c: &Core) -> Option<(Unit, usize)> {
        let t = self.t.get(k)?;
        let mut k = k;
        let hyph = self.dash(k)
            && self.att(k + 1)
            && self.word(k + 1)
            && (self.att(k) || self.l(k + 1) == "magnitude");
        if hyph {
            k += 1;
        } else if t.k == K::Punct {
            match t.t {
                "%" => return Some((u("percent", 1.0, "%"), k + 1)),
                // "180°C", "85°", "100° Celsius"
                "°" | "º" => {
                    let n = self.l(k + 1);
                    let unit = match n {
                        "c" | "celsius" | "centigrade" => Some(CELSIUS),
                        "f" | "fahrenheit" => Some(FAHRENHEIT),
                        _ => None,
                    };
                    return match unit {
                        Some(u) if self.word(k + 1) => Some((u, k + 2)),
                        _ => Some((DEGREE, k + 1)),
                    };
                }
                "℃" => return Some((CELSIUS, k + 1)),
                "℉" => return Some((FAHRENHEIT, k + 1)),
                "\"" | "”" if !t.sp && self.inch_mark(k) => {
                    return Some((u("m", 0.0254, "in"), k + 1));
                }
                _ => {}
            }
            // "(kg)", "[kg]": a unit in brackets right after the figure.
            if matches!(t.t, "(" | "[" | "{" | "<") && self.word(k + 1) {
                if let Some(x) = any_symbol(self.t[k + 1].t, self.l(k + 1)) {
                    if matches!(self.l(k + 2), ")" | "]" | "}" | ">") && x.norm != "°C" {
                        return Some((x, k + 3));
                    }
                }
            }
            if let Some(code) = currency_symbol(t.t) {
                // "10 €", "100 ₡": a sign after the figure, not before the next.
                if !self.num(k + 1) && t.t != "$" {
                    return Some((u(code, 1.0, code), k + 1));
                }
            }
            return None;
        }
        let w = self.l(k);
        let tok = &self.t[k];
        let attached = !tok.sp;
        match w {
            "percent" | "pct" | "percents" | "percentage"
                if w != "percentage" || !self.word(k + 1) =>
            {
                return Some((u("percent", 1.0, "%"), k + 1))
            }
            "per" if self.l(k + 1) == "cent" => return Some((u("percent", 1.0, "%"), k + 2)),
            "per" if self.dash(k + 1) && self.l(k + 2) == "cent" => {
                return Some((u("percent", 1.0, "%"), k + 3))
            }
            "percentage" if matches!(self.l(k + 1), "point" | "points") => {
                return Some((u("percentage_point", 1.0, "pp"), k + 2))
            }
            "basis" if matches!(self.l(k + 1), "point" | "points") => {
                return Some((u("percentage_point", 0.01, "bp"), k + 2))
            }
            "bps" | "bp" if attached => return Some((u("percentage_point", 0.01, "bp"), k + 1)),
            "pc" if attached => return Some((u("percent", 1.0, "%"), k + 1)),
            "pounds" | "pound" => {
                if self.l(k + 1) == "sterling" {
                    return Some((u("GBP", 1.0, "GBP"), k + 2));
                }
                return Some(if self.money_context(c, k) {
                    (u("GBP", 1.0, "GBP"), k + 1)
                } else {
                    (POUND, k + 1)
                });
            }
            "us" | "u.s" | "imperial" | "uk" | "british" => {
                let m = if self.l(k + 1) == "." { k + 2 } else { k + 1 };
                let n = self.l(m);
                if let Some(code) = national_currency(w, n) {
                    return Some((u(code, 1.0, code), m + 1));
                }
                let us = matches!(w, "us" | "u.s");
                let v = match n {
                    "gallon" | "gallons" if us => u("L", 3.785_411_784, "gal"),
                    "gallon" | "gallons" => u("L", 4.546_09, "imp gal"),
                    "pint" | "pints" if us => u("L", 0.473_176_473, "pt"),
                    "pint" | "pints" => u("L", 0.568_261_25, "imp pt"),
                    "quart" | "quarts" if us => u("L", 0.946_352_946, "qt"),
                    "fluid" if us && matches!(self.l(m + 1), "ounce" | "ounces") => {
                        return Some((u("L", 0.029_573_529_562_5, "fl oz"), m + 2))
                    }
                    _ => return None,
                };
                return Some((v, m + 1));
            }
            "nautical" if matches!(self.l(k + 1), "mile" | "miles") => {
                return Some((u("km", 1.852, "nmi"), k + 2))
            }
            "metric" if matches!(self.l(k + 1), "ton" | "tons" | "tonne" | "tonnes") => {
                return Some((u("t", 1.0, "t"), k + 2))
            }
            "fluid" | "fl" if matches!(self.l(k + 1), "ounce" | "ounces" | "oz") => {
                return Some((u("L", 0.029_573_529_562_5, "fl oz"), k + 2))
            }
            "square" | "sq" => {
                let m = if self.l(k + 1) == "." { k + 2 } else { k + 1 };
                let v = match self.l(m) {
                    "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => {
                        u("km2", 1.0, "km2")
                    }
                    "miles" | "mile" | "mi" => u("km2", 2.589_988_110_336, "sq mi"),
                    "metres" | "meters" | "metre" | "meter" | "m" => u("m2", 1.0, "m2"),
                    "feet" | "foot" | "ft" => u("m2", 0.092_903_04, "sq ft"),
                    "yards" | "yard" | "yd" => u("m2", 0.836_127_36, "sq yd"),
                    "centimetres" | "centimeters" | "cm" => u("m2", 1e-4, "cm2"),
                    _ => return None,
                };
                return Some((v, m + 1));
            }
            "cubic" | "cu" => {
                let v = match self.l(k + 1) {
                    "metres" | "meters" | "metre" | "meter" | "m" => u("m3", 1.0, "m3"),
                    "feet" | "foot" | "ft" => u("m3", 0.028_316_846_592, "cu ft"),
                    "yards" | "yard" | "yd" => u("m3", 0.764_554_857_984, "cu yd"),
                    "centimetres" | "centimeters" | "cm" => u("m3", 1e-6, "cm3"),
                    _ => return None,
                };
                return Some((v, k + 2));
            }
            "km" if self.l(k + 1) == "/" && matches!(self.l(k + 2), "h" | "hr") => {
                return Some((u("km/h", 1.0, "km/h"), k + 3))
            }
            "m" if self.l(k + 1) == "/" && self.l(k + 2) == "s" && attached => {
                return Some((u("m/s", 1.0, "m/s"), k + 3))
            }
            "kilometres" | "kilometers" | "miles" | "metres" | "meters"
                if matches!(
                    (self.l(k + 1), self.l(k + 2)),
                    ("per", "hour") | ("an", "hour") | ("per", "second") | ("a", "second")
                ) =>
            {
                let v = match (w, self.l(k + 2)) {
                    ("miles", _) => u("km/h", 1.609344, "mph"),
                    ("metres" | "meters", "second") => u("m/s", 1.0, "m/s"),
                    (_, "second") => u("m/s", 1000.0, "km/s"),
                    _ => u("km/h", 1.0, "km/h"),
                };
                return Some((v, k + 3));
            }
            "kilowatt" | "megawatt" | "gigawatt" | "terawatt"
                if matches!(self.l(k + 1), "hours" | "hour")
                    || (self.dash(k + 1) && matches!(self.l(k + 2), "hours" | "hour")) =>
            {
                let f = match w {
                    "kilowatt" => 1e3,
                    "megawatt" => 1e6,
                    "gigawatt" => 1e9,
                    _ => 1e12,
                };
                let sym = match w {
                    "kilowatt" => "kWh",
                    "megawatt" => "MWh",
                    "gigawatt" => "GWh",
                    _ => "TWh",
                };
                let e = if self.dash(k + 1) { k + 3 } else { k + 2 };
                return Some((u("Wh", f, sym), e));
            }
            "degrees" | "degree" | "deg" => {
                let mut m = k + 1;
                if w == "deg" && self.l(m) == "." {
                    m += 1;
                }
                let v = match self.l(m) {
                    "c" | "celsius" | "centigrade" | "celcius" => Some(CELSIUS),
                    "f" | "fahrenheit" | "farenheit" => Some(FAHRENHEIT),
                    "kelvin" => Some(KELVIN),
                    _ => None,
                };
                if let Some(v) = v.filter(|_| self.word(m)) {
                    return Some((v, m + 1));
                }
                if self.richter(k) {
                    return None;
                }
                // "a 6.7 degree quake": a magnitude
                if matches!(
                    self.l(m),
                    "quake" | "earthquake" | "tremor" | "temblor" | "aftershock"
                ) {
                    return Some((u("magnitude", 1.0, "magnitude"), m));
                }
                return Some((DEGREE, m));
            }
            "cup" | "cups" => {
                // A measure of food, not a trophy: before "of" or a
                // lower-case ingredient, or after a fraction.
                let n = self.t.get(k + 1);
                let food = self.l(k + 1) == "of"
                    || n.is_some_and(|n| {
                        n.k == K::Word && !n.cap && !super::counted::is_stop(&n.l)
                    })
                    || c.raw < 1.0;
                if food {
                    return Some((u("L", 0.236_588_236_5, "cup"), k + 1));
                }
                return None;
            }
            _ => {}
        }
        // "50 dollars", "100 chinese yuan", "420 million finnish markka",
        // "10 us dollar", "5,000 won" (only after a scale: "won" is a verb)
        if let Some(code) = national_currency(w, self.l(k + 1)) {
            return Some((u(code, 1.0, code), k + 2));
        }
        if w == "hong" && self.l(k + 1) == "kong" {
            if let Some(code) = national_currency("kong", self.l(k + 2)) {
                return Some((u(code, 1.0, code), k + 3));
            }
        }
        if matches!(w, "new" | "south") {
            if let Some(code) = national_currency(self.l(k + 1), self.l(k + 2)) {
                return Some((u(code, 1.0, code), k + 3));
            }
        }
        if w == "won" && c.mult >= 1e3 {
            return Some((u("KRW", 1.0, "KRW"), k + 1));
        }
        if let Some(cur) = currency_word(w) {
            // a three-letter code after the figure must be written as one;
            // a code glued to the figure after it is that figure's ("a
            // second one EUR50m", "3 USD50 cards")
            let glued_ahead = self
                .t
                .get(k + 1)
                .is_some_and(|n| !n.sp && n.k == K::Num && code_prefix(tok.t).is_some());
            if glued_ahead
                || w.len() == 3
                    && w.is_ascii()
                    && !tok.t.bytes().all(|b| b.is_ascii_uppercase())
                    && w != "rmb"
            {
                return None;
            }
            return Some((u(cur, 1.0, cur), k + 1));
        }
        if let Some(code) = million_code(tok.t) {
            return Some((u(code, 1e6, code), k + 1));
        }
        if w == "p" && attached && !hyph && self.l(k + 1) != "." {
            return Some((u("pence", 1.0, "p"), k + 1));
        }
        // "5K run": kilometres of a race
        if matches!(tok.t, "K" | "k")
            && attached
            && matches!(
                self.l(k + 1),
                "run" | "race" | "walk" | "runs" | "races" | "fun"
            )
        {
            return Some((u("km", 1.0, "km"), k + 1));
        }
        // "-12C", "105F": a temperature, where one is being talked about
        if matches!(tok.t, "C" | "F") && attached && !hyph {
            if self.temperature_letter(k, c.raw) {
                return Some((if tok.t == "C" { CELSIUS } else { FAHRENHEIT }, k + 1));
            }
            return None;
        }
        if tok.k == K::Word || tok.k == K::Ident {
            if let Some(x) = unit_word(w) {
                return Some((x, k + 1));
            }
            if let Some(x) = any_symbol(tok.t, w) {
                if attached_only(tok.t) && !(attached || hyph) {
                    return None;
                }
                // "m" with money is a scale ("£150m"), handled before.
                return Some((x, k + 1));
            }
        }
        None
    }

    /// A "C" or "F" at `k` written against the figure `raw` is a degree:
    /// in a sentence about temperature, or on a signed or decimal figure
    /// when no noun follows ("the 13F filing", "a 777F freighter", "14.7C/
    /// per security" are not).
    pub(super) fn temperature_letter(&self, k: usize, raw: f64) -> bool {
        let glued = self.t.get(k + 1).is_some_and(|n| !n.sp);
        if glued && matches!(self.l(k + 1), "/" | "-") {
            return false;
        }
        self.temperature || ((raw < 0.0 || raw.fract() != 0.0) && !self.word_after_is_noun(k))
    }

    /// A noun right after a unit letter makes the letter part of a name
    /// ("the 13F filing", "a 777F freighter").
    fn word_after_is_noun(&self, k: usize) -> bool {
        self.t
            .get(k + 1)
            .is_some_and(|n| n.k == K::Word && n.sp && !super::counted::is_stop(&n.l) && !n.cap)
            && !matches!(self.l(k + 1), "on" | "in" | "at")
    }

    /// `10"` is ten inches when the quote closes nothing opened before.
    fn inch_mark(&self, k: usize) -> bool {
        let opened = self.t[..k]
            .iter()
            .filter(|t| matches!(t.t, "\"" | "“"))
            .count();
        opened % 2 == 0
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

    /// Whether the token at `k` is a unit symbol a figure can be written
    /// against ("256GB", "6kW", "32m2", "1.5mm", "-12C").
    pub(super) fn attached_unit(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else {
            return false;
        };
        if !matches!(t.k, K::Word | K::Ident) {
            return false;
        }
        symbol(t.t).is_some()
            || lower_symbol(&t.l).is_some()
            || unit_word(&t.l).is_some()
            || (matches!(t.t, "C" | "F") && {
                // the figure before, with its sign ("-12C")
                let v = self.t.get(k.wrapping_sub(1)).map_or(0.0, |n| n.v);
                let negative = k >= 2 && self.sign_at(k - 2).is_some_and(|(_, neg)| neg);
                self.temperature_letter(k, if negative { -v } else { v })
            })
            || matches!(t.t, "p" | "bps" | "bp" | "pc" | "sq" | "percent" | "pct")
            // "a 5K run": kilometres of a race
            || (matches!(t.t, "K" | "k")
                && matches!(self.l(k + 1), "run" | "race" | "walk" | "runs" | "races" | "fun"))
            || currency_word(&t.l).is_some_and(|_| {
                !t.t.is_ascii() || (t.t.len() == 3 && t.t.bytes().all(|b| b.is_ascii_uppercase()))
            })
            || million_code(t.t).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_keep_their_case() {
        assert_eq!(any_symbol("MW", "mw").map(|u| u.factor), Some(1e6));
        assert_eq!(any_symbol("mW", "mw").map(|u| u.factor), Some(1e-3));
        // Spellings with the wrong case still read as the unit they mean.
        assert_eq!(any_symbol("Ghz", "ghz").map(|u| u.symbol), Some("GHz"));
        assert_eq!(
            any_symbol("gb", "gb").map(|u| (u.norm, u.factor)),
            Some(("B", 1e9))
        );
        assert_eq!(
            any_symbol("Mb", "mb").map(|u| (u.norm, u.factor)),
            Some(("bit", 1e6))
        );
        assert_eq!(any_symbol("G", "g"), None);
    }

    #[test]
    fn temperatures_convert_with_an_offset() {
        let f = FAHRENHEIT;
        let c = |x: f64| x * f.factor + f.offset;
        assert!((c(212.0) - 100.0).abs() < 1e-9);
        assert!((c(-40.0) + 40.0).abs() < 1e-9);
        assert!((-290.0 * KELVIN.factor + KELVIN.offset + 563.15).abs() < 1e-9);
    }

    #[test]
    fn currency_names() {
        assert_eq!(national_currency("swiss", "francs"), Some("CHF"));
        assert_eq!(national_currency("australian", "dollars"), Some("AUD"));
        assert_eq!(currency_word("try"), None);
        assert_eq!(code_prefix("RM"), Some("MYR"));
        assert_eq!(million_code("MUSD"), Some("USD"));
        // a code glued to the figure after it is that figure's, not a unit
        // of the figure before it
        let got: Vec<_> =
            super::super::extract("The first deal was USD12m and the next one CHF40m.")
                .into_iter()
                .map(|(_, q)| (q.value, q.unit))
                .collect();
        assert_eq!(
            got,
            [
                (Some(12e6), Some("USD".to_string())),
                (Some(40e6), Some("CHF".to_string()))
            ]
        );
        // "R" is a rand only before decimals, a separator or a scale
        let got = super::super::extract("The plant will cost R12.4bn, and the R21 road closes.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].1.value, got[0].1.unit.as_deref()),
            (Some(12.4e9), Some("ZAR"))
        );
    }
}
