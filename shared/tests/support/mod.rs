//! Makers of valid identifiers from arbitrary digits, for the rule tests on both targets.
#![allow(dead_code)]

fn weighted(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11 % 10
}

fn to_string(digits: &[u32]) -> String {
    digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect()
}

/// A valid 10-digit INN from 9 body digits.
pub fn inn10(body: [u32; 9]) -> String {
    let mut d = body.to_vec();
    d.push(weighted(&d, &[2, 4, 10, 3, 5, 9, 4, 6, 8]));
    to_string(&d)
}

/// A valid 12-digit INN from 10 body digits.
pub fn inn12(body: [u32; 10]) -> String {
    let mut d = body.to_vec();
    d.push(weighted(&d, &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
    d.push(weighted(&d, &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
    to_string(&d)
}

/// A valid SNILS (above the unchecked range) from 9 body digits; `None` when the body falls in
/// the range without check digits.
pub fn snils(body: [u32; 9]) -> Option<String> {
    let number: u64 = to_string(&body).parse().unwrap();
    if number <= 1_001_998 {
        return None;
    }
    let sum: u32 = body.iter().zip((1..=9).rev()).map(|(d, w)| d * w).sum();
    let check = sum % 101 % 100;
    Some(format!("{}{check:02}", to_string(&body)))
}

/// A valid OGRN from 12 body digits (the first made non-zero).
pub fn ogrn(mut body: [u32; 12]) -> String {
    if body[0] == 0 {
        body[0] = 1;
    }
    let number: u64 = to_string(&body).parse().unwrap();
    format!("{}{}", to_string(&body), number % 11 % 10)
}

/// A valid OGRNIP from 14 body digits (the first made 3 or 4).
pub fn ogrnip(mut body: [u32; 14]) -> String {
    body[0] = 3 + body[0] % 2;
    let number: u64 = to_string(&body).parse().unwrap();
    format!("{}{}", to_string(&body), number % 13 % 10)
}

/// Every string that differs from `digits` in exactly one digit.
pub fn one_digit_changes(digits: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, original) in digits.char_indices() {
        for replacement in '0'..='9' {
            if replacement != original {
                let mut changed = digits.to_owned();
                changed.replace_range(i..i + 1, &replacement.to_string());
                out.push(changed);
            }
        }
    }
    out
}

/// A small deterministic generator, so the same cases run natively and in the browser.
pub struct Digits(u64);

impl Digits {
    /// Starts from a seed.
    pub fn new(seed: u64) -> Digits {
        Digits(
            seed.wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407),
        )
    }

    /// The next digit.
    pub fn next_digit(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 10) as u32
    }

    /// `N` digits.
    pub fn array<const N: usize>(&mut self) -> [u32; N] {
        std::array::from_fn(|_| self.next_digit())
    }
}
