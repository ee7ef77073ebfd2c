//! Numbers, percentages, dates and durations as written in Morocco, with no ICU data.
//!
//! Morocco writes Western digits (0–9) in French, Standard Arabic and Darija alike, so these
//! formats never produce Arabic-Indic digits. Conventions (CLDR `fr-MA` and `ar-MA`):
//! - decimal comma: `7,5`; thousands grouped with a dot, `12.500`, but only from five digits
//!   on, so that small counts and years never read as decimals (`1500`, not `1.500`);
//! - percent: as each language's message `number-percent` writes it (`85 %` in French,
//!   with a narrow no-break space; `85%` in Arabic and Darija): see `Localizer::percent`;
//! - dates day/month/year with two-digit day and month: `28/11/2026`;
//! - durations as a clock: `04:05`, `1:02:03`.

/// Fraction digits shown at most (scores are kept in hundredths of a point).
const MAX_FRACTION_DIGITS: usize = 2;

/// Numbers below this are written without a thousands separator.
const GROUPING_FROM: f64 = 10_000.0;

/// A number with a decimal comma, at most two fraction digits (trailing zeros dropped) and
/// dots between thousands from 10.000 on. Not-a-number and infinities give `–`.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let fixed = format!("{:.*}", MAX_FRACTION_DIGITS, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let is_zero = whole.bytes().all(|b| b == b'0') && fraction.is_empty();
    let mut out = String::new();
    if value.is_sign_negative() && !is_zero {
        out.push('-');
    }
    if value.abs() >= GROUPING_FROM {
        out.push_str(&group_thousands(whole));
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

/// `12500` → `12.500`.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(digit);
    }
    out
}

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    /// Year, e.g. 2026.
    pub year: i64,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

/// Milliseconds in a day.
const MS_PER_DAY: i64 = 86_400_000;

impl CivilDate {
    /// The local calendar day of a timestamp: `unix_ms` is milliseconds since 1970-01-01 UTC
    /// (JavaScript's `Date.now()`), `utc_offset_minutes` is local time minus UTC (Morocco:
    /// `60`; note that JavaScript's `getTimezoneOffset()` has the opposite sign).
    pub fn from_unix_ms(unix_ms: i64, utc_offset_minutes: i32) -> CivilDate {
        let local_ms = unix_ms.saturating_add(i64::from(utc_offset_minutes) * 60_000);
        CivilDate::from_days_since_epoch(local_ms.div_euclid(MS_PER_DAY))
    }

    /// The day `days` after 1970-01-01 (proleptic Gregorian calendar).
    fn from_days_since_epoch(days: i64) -> CivilDate {
        // Count from 0000-03-01 so that the leap day ends each 4-, 100- and 400-year cycle.
        const DAYS_PER_400_YEARS: i64 = 146_097;
        const EPOCH_FROM_MARCH_0000: i64 = 719_468;
        let days = days + EPOCH_FROM_MARCH_0000;
        let era = days.div_euclid(DAYS_PER_400_YEARS);
        let day_of_era = days.rem_euclid(DAYS_PER_400_YEARS);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        CivilDate {
            year,
            month: month as u32,
            day: day as u32,
        }
    }
}

/// A day as file names carry it, sorting in date order: `2026-11-28`.
pub fn format_iso_date(date: CivilDate) -> String {
    format!("{}-{:02}-{:02}", date.year, date.month, date.day)
}

/// A day as Morocco writes it in every language: `28/11/2026`.
pub fn format_date(date: CivilDate) -> String {
    format!("{:02}/{:02}/{}", date.day, date.month, date.year)
}

/// A duration as a clock, for the trainer's timer: `04:05`, or `1:02:03` from one hour on.
pub fn format_clock(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes:02}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_a_comma_and_drop_trailing_zeros() {
        assert_eq!(format_number(7.5), "7,5");
        assert_eq!(format_number(7.25), "7,25");
        assert_eq!(format_number(7.0), "7");
        assert_eq!(format_number(0.004), "0");
        assert_eq!(format_number(2.999), "3");
        assert_eq!(format_number(-1.5), "-1,5");
        assert_eq!(format_number(-0.001), "0");
    }

    #[test]
    fn thousands_are_grouped_only_from_five_digits() {
        assert_eq!(format_number(2026.0), "2026");
        assert_eq!(format_number(9999.0), "9999");
        assert_eq!(format_number(10_000.0), "10.000");
        assert_eq!(format_number(262_144.0), "262.144");
        assert_eq!(format_number(1_234_567.5), "1.234.567,5");
    }

    #[test]
    fn non_finite_numbers_show_a_dash() {
        assert_eq!(format_number(f64::NAN), "–");
        assert_eq!(format_number(f64::INFINITY), "–");
    }

    #[test]
    fn dates_are_day_month_year_with_western_digits() {
        // 2026-11-28T12:00:00Z
        let noon = 1_795_867_200_000;
        assert_eq!(format_date(CivilDate::from_unix_ms(noon, 0)), "28/11/2026");
        assert_eq!(
            format_date(CivilDate::from_unix_ms(0, 0)),
            "01/01/1970",
            "the epoch itself"
        );
    }

    #[test]
    fn the_local_day_follows_the_utc_offset() {
        // 2026-11-28T23:30:00Z is already the 29th in Morocco (UTC+1).
        let late = 1_795_908_600_000;
        assert_eq!(
            CivilDate::from_unix_ms(late, 0),
            CivilDate {
                year: 2026,
                month: 11,
                day: 28
            }
        );
        assert_eq!(
            CivilDate::from_unix_ms(late, 60),
            CivilDate {
                year: 2026,
                month: 11,
                day: 29
            }
        );
    }

    #[test]
    fn leap_days_and_year_ends_are_right() {
        let day = |y, m, d| CivilDate {
            year: y,
            month: m,
            day: d,
        };
        let at = |days: i64| CivilDate::from_unix_ms(days * MS_PER_DAY, 0);
        assert_eq!(at(11_016), day(2000, 2, 29));
        assert_eq!(at(11_017), day(2000, 3, 1));
        assert_eq!(at(20_512), day(2026, 2, 28));
        assert_eq!(at(20_513), day(2026, 3, 1));
        assert_eq!(at(20_818), day(2026, 12, 31));
        assert_eq!(at(20_819), day(2027, 1, 1));
        assert_eq!(at(-1), day(1969, 12, 31));
    }

    #[test]
    fn clock_shows_minutes_and_seconds_then_hours() {
        assert_eq!(format_clock(0), "00:00");
        assert_eq!(format_clock(245), "04:05");
        assert_eq!(format_clock(3723), "1:02:03");
    }
}
