//! Share links: the reader's inputs in a URL fragment (never sent to a server).
//!
//! Format, version 1: `mc1.` then base64url (no padding) of these bytes, all
//! integers unsigned LEB128 varints, amounts in thousandths:
//! ```text
//! flags(age given | age in months)  [age]  sex  condition  feeding  standard
//! days  (entries  (tag  …)*)*
//!   tag 0 food by portion: ndb_id seq count       tag 1 food in grams: ndb_id grams
//!   tag 2 label magnesium: kind amount name       tag 3 compound: kind form amount name
//!   tag 4 food in grams, logged with portion seq: ndb_id seq grams
//! name: byte length, UTF-8
//! ```
//! Version 2 (`mc2.`, written since the quick estimate) is version 1's bytes
//! followed by:
//! ```text
//! way-in (0 log, 1 quick estimate)
//! water (0 none, 1 tap, 2 bottled)  [litres-a-day mg-per-litre]   (thousandths)
//! answers  (group frequency)*        (questionnaire wire ids)
//! ```
//! Version 3 (`mc3.`, written since the medicines section) is version 2's
//! bytes followed by:
//! ```text
//! medicines  (wire id)*   (`wire_id` of data/reference/medicine_notes.csv)
//! ```
//! Version 1 links decode as the log with no water and no answers; version 1
//! and 2 links, with no medicine ticked.
//! Every code in a link keeps its meaning forever: the enums' codes are
//! spelled out in `wire` below (never derived from an order), a supplement
//! form is the `wire_id` column of `data/reference/supplement_forms.csv` (not
//! its row), and foods and portions are SR28's own NDB and sequence numbers.
//! `tests/share_golden.rs` decodes links made by earlier versions.
//! The fragment is treated as hostile: decoding never panics, rejects what it
//! cannot read with a clear error, and drops (and reports) single entries
//! whose numbers are out of range rather than refusing the whole link.

use super::food_table::FoodId;
use super::reference::{Condition, InfantFeeding, Sex, Standard};
use super::varint::{put, Cursor, ReadError};

/// The prefix links are written with (the current version).
pub const PREFIX: &str = "mc3.";
/// Links made before the medicines section; still read.
pub const PREFIX_V2: &str = "mc2.";
/// Links made before the quick estimate; still read.
pub const PREFIX_V1: &str = "mc1.";
/// Bounds of the version 2 fields (thousandths), as the water constructor bounds them.
const MAX_WATER_LITRES_MILLI: u64 = 10_000;
const MAX_WATER_MG_MILLI: u64 = 1_000_000;
const MAX_ANSWERS: usize = 64;
const MAX_MEDICINES: usize = 32;
/// Longest fragment accepted; longer input is refused before any decoding.
pub const MAX_FRAGMENT_LEN: usize = 6_000;
pub const MAX_DAYS: usize = 14;
pub const MAX_ENTRIES_PER_DAY: usize = 100;
pub const MAX_NAME_BYTES: usize = 60;
/// Amounts are bounded as the entry constructors bound them (model::intake).
const MAX_AMOUNT_MILLI: u64 = 100_000_000;
const MAX_AGE_MILLI: u64 = 126 * 12 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeGiven {
    Years,
    Months,
}

/// What a share link carries: the inputs, not anything derived from them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SharedInputs {
    /// The age in thousandths of its unit, and the unit; None when not entered.
    pub age_milli: Option<(u64, AgeGiven)>,
    pub sex: Sex,
    pub condition: Condition,
    pub feeding: Option<InfantFeeding>,
    pub standard: Standard,
    pub days: Vec<Vec<SharedEntry>>,
    /// The reader came in through the quick estimate (false: the log).
    pub estimate: bool,
    pub water: Option<SharedWater>,
    /// Questionnaire answers: (group wire id, frequency wire id).
    pub answers: Vec<(u32, u32)>,
    /// Medicines and conditions ticked: their `wire_id`s (medicine_notes.csv).
    pub medicines: Vec<u32>,
}

/// Drinking water as a link carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedWater {
    pub litres_milli: u64,
    pub mg_per_litre_milli: u64,
    /// Bottled water (false: tap water).
    pub bottled: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SharedEntry {
    /// `amount_milli` thousandths of SR28 portion `seq` of `food`, or,
    /// with `in_grams`, thousandths of a gram (the portion stays available).
    FoodPortion {
        food: FoodId,
        seq: u32,
        amount_milli: u64,
        in_grams: bool,
    },
    FoodGrams {
        food: FoodId,
        grams_milli: u64,
    },
    /// Label magnesium in thousandths of a mg; `medicine` false = supplement.
    Elemental {
        medicine: bool,
        mg_milli: u64,
        name: String,
    },
    /// Compound weight with a salt form: its `wire_id` in supplement_forms.csv.
    Compound {
        medicine: bool,
        form: u32,
        compound_mg_milli: u64,
        name: String,
    },
}

/// Why a link could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    NotALink,
    UnsupportedVersion,
    TooLong,
    Damaged(&'static str),
}

/// Something in a readable link that was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub day: usize,
    pub entry: usize,
    pub reason: &'static str,
}

/// A decoded link: the inputs and what was left out of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub inputs: SharedInputs,
    pub ignored: Vec<Ignored>,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

fn from_base64url(text: &str) -> Result<Vec<u8>, ShareError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let value = ALPHABET
            .iter()
            .position(|a| *a == c)
            .ok_or(ShareError::Damaged("unexpected character"))? as u32;
        buffer = buffer << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // Leftover bits must be the zero padding of the last byte.
    if bits >= 6 || buffer != 0 {
        return Err(ShareError::Damaged("cut off"));
    }
    Ok(out)
}

fn put_name(out: &mut Vec<u8>, name: &str) {
    // Cut at a character boundary within the byte limit.
    let mut end = name.len().min(MAX_NAME_BYTES);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    put(out, end as u64);
    out.extend_from_slice(&name.as_bytes()[..end]);
}

/// A fragment for raw payload bytes: lets fuzzing reach the decoder's structure
/// behind the base64 layer.
#[doc(hidden)]
pub fn fragment_from_payload(bytes: &[u8]) -> String {
    format!("{PREFIX}{}", base64url(bytes))
}

/// The payload bytes of a fragment of ours (the inverse of `fragment_from_payload`).
#[doc(hidden)]
pub fn payload_of(fragment: &str) -> Option<Vec<u8>> {
    let payload = [PREFIX, PREFIX_V2, PREFIX_V1].iter().find_map(|p| fragment.strip_prefix(p))?;
    from_base64url(payload).ok()
}

/// The fragment for some inputs (without the leading '#'). Days and entries
/// beyond the limits are left out, so the link stays bounded.
pub fn encode(inputs: &SharedInputs) -> String {
    let mut b = Vec::new();
    let flags = match inputs.age_milli {
        None => 0,
        Some((_, AgeGiven::Years)) => 1,
        Some((_, AgeGiven::Months)) => 3,
    };
    b.push(flags);
    if let Some((age, _)) = inputs.age_milli {
        put(&mut b, age.min(MAX_AGE_MILLI));
    }
    b.extend_from_slice(&[
        wire::sex(inputs.sex),
        wire::condition(inputs.condition),
        wire::feeding(inputs.feeding),
        wire::standard(inputs.standard),
    ]);
    let days = &inputs.days[..inputs.days.len().min(MAX_DAYS)];
    put(&mut b, days.len() as u64);
    for day in days {
        let entries = &day[..day.len().min(MAX_ENTRIES_PER_DAY)];
        put(&mut b, entries.len() as u64);
        for entry in entries {
            match entry {
                SharedEntry::FoodPortion { food, seq, amount_milli, in_grams } => {
                    b.push(if *in_grams { 4 } else { 0 });
                    put(&mut b, u64::from(food.0));
                    put(&mut b, u64::from(*seq));
                    put(&mut b, *amount_milli);
                }
                SharedEntry::FoodGrams { food, grams_milli } => {
                    b.push(1);
                    put(&mut b, u64::from(food.0));
                    put(&mut b, *grams_milli);
                }
                SharedEntry::Elemental { medicine, mg_milli, name } => {
                    b.extend_from_slice(&[2, u8::from(*medicine)]);
                    put(&mut b, *mg_milli);
                    put_name(&mut b, name);
                }
                SharedEntry::Compound { medicine, form, compound_mg_milli, name } => {
                    b.extend_from_slice(&[3, u8::from(*medicine)]);
                    put(&mut b, u64::from(*form));
                    put(&mut b, *compound_mg_milli);
                    put_name(&mut b, name);
                }
            }
        }
    }
    b.push(u8::from(inputs.estimate));
    match inputs.water {
        None => b.push(0),
        Some(water) => {
            b.push(if water.bottled { 2 } else { 1 });
            put(&mut b, water.litres_milli.min(MAX_WATER_LITRES_MILLI));
            put(&mut b, water.mg_per_litre_milli.min(MAX_WATER_MG_MILLI));
        }
    }
    let answers = &inputs.answers[..inputs.answers.len().min(MAX_ANSWERS)];
    put(&mut b, answers.len() as u64);
    for (group, frequency) in answers {
        put(&mut b, u64::from(*group));
        put(&mut b, u64::from(*frequency));
    }
    let medicines = &inputs.medicines[..inputs.medicines.len().min(MAX_MEDICINES)];
    put(&mut b, medicines.len() as u64);
    for wire_id in medicines {
        put(&mut b, u64::from(*wire_id));
    }
    format!("{PREFIX}{}", base64url(&b))
}

/// A `Cursor` whose failures read as damaged-link errors.
struct Reader<'a> {
    cursor: Cursor<'a>,
}

impl From<ReadError> for ShareError {
    fn from(e: ReadError) -> ShareError {
        match e {
            ReadError::Truncated => ShareError::Damaged("cut off"),
            ReadError::TooLong => ShareError::Damaged("a number is too long"),
        }
    }
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, ShareError> {
        Ok(self.cursor.byte()?)
    }

    fn varint(&mut self) -> Result<u64, ShareError> {
        Ok(self.cursor.varint()?)
    }

    fn small(&mut self, max: u8, what: &'static str) -> Result<u8, ShareError> {
        let b = self.byte()?;
        if b > max {
            return Err(ShareError::Damaged(what));
        }
        Ok(b)
    }

    fn name(&mut self) -> Result<String, ShareError> {
        let len = self.varint()?;
        if len > MAX_NAME_BYTES as u64 {
            return Err(ShareError::Damaged("a name is too long"));
        }
        let bytes = self.cursor.take(len as usize)?;
        let name =
            std::str::from_utf8(bytes).map_err(|_| ShareError::Damaged("a name is not text"))?;
        // Names are shown as text (Yew escapes them); control characters are dropped all the same.
        Ok(name.chars().filter(|c| !c.is_control()).collect())
    }
}

/// Reads a fragment (with or without the leading '#'). Out-of-range amounts
/// drop their entry and are reported in `ignored`; anything structurally
/// wrong refuses the whole link.
pub fn decode(fragment: &str) -> Result<Decoded, ShareError> {
    if fragment.len() > MAX_FRAGMENT_LEN {
        return Err(ShareError::TooLong);
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let versions = [(3, PREFIX), (2, PREFIX_V2), (1, PREFIX_V1)];
    let (version, payload) =
        match versions.iter().find_map(|(v, prefix)| Some((*v, fragment.strip_prefix(prefix)?))) {
            Some(found) => found,
            None if fragment.starts_with("mc") && fragment.contains('.') => {
                return Err(ShareError::UnsupportedVersion)
            }
            None => return Err(ShareError::NotALink),
        };
    let bytes = from_base64url(payload)?;
    let mut r = Reader { cursor: Cursor::new(&bytes) };
    let mut ignored = Vec::new();

    let flags = r.small(3, "age flags")?;
    let age_milli = match flags {
        0 => None,
        1 | 3 => {
            let age = r.varint()?;
            if age > MAX_AGE_MILLI {
                return Err(ShareError::Damaged("age out of range"));
            }
            Some((age, if flags == 3 { AgeGiven::Months } else { AgeGiven::Years }))
        }
        _ => return Err(ShareError::Damaged("age flags")),
    };
    let sex = wire::to_sex(r.byte()?).ok_or(ShareError::Damaged("sex"))?;
    let condition = wire::to_condition(r.byte()?).ok_or(ShareError::Damaged("pregnancy"))?;
    let feeding = wire::to_feeding(r.byte()?).ok_or(ShareError::Damaged("infant feeding"))?;
    let standard = wire::to_standard(r.byte()?).ok_or(ShareError::Damaged("reference standard"))?;
    let day_count = r.varint()?;
    if day_count > MAX_DAYS as u64 {
        return Err(ShareError::Damaged("too many days"));
    }
    let mut days = Vec::new();
    for day in 0..day_count as usize {
        let entry_count = r.varint()?;
        if entry_count > MAX_ENTRIES_PER_DAY as u64 {
            return Err(ShareError::Damaged("too many entries"));
        }
        let mut entries = Vec::new();
        for entry in 0..entry_count as usize {
            let id = |v: u64| {
                u32::try_from(v).map_err(|_| ShareError::Damaged("a number is out of range"))
            };
            let (decoded, amount) = match r.small(4, "entry type")? {
                tag @ (0 | 4) => {
                    let (food, seq, amount) =
                        (FoodId(id(r.varint()?)?), id(r.varint()?)?, r.varint()?);
                    (
                        SharedEntry::FoodPortion {
                            food,
                            seq,
                            amount_milli: amount,
                            in_grams: tag == 4,
                        },
                        amount,
                    )
                }
                1 => {
                    let (food, grams) = (FoodId(id(r.varint()?)?), r.varint()?);
                    (SharedEntry::FoodGrams { food, grams_milli: grams }, grams)
                }
                2 => {
                    let medicine = r.small(1, "supplement kind")? == 1;
                    let mg = r.varint()?;
                    (SharedEntry::Elemental { medicine, mg_milli: mg, name: r.name()? }, mg)
                }
                3 => {
                    let medicine = r.small(1, "supplement kind")? == 1;
                    let (form, mg) = (id(r.varint()?)?, r.varint()?);
                    (
                        SharedEntry::Compound {
                            medicine,
                            form,
                            compound_mg_milli: mg,
                            name: r.name()?,
                        },
                        mg,
                    )
                }
                _ => return Err(ShareError::Damaged("entry type")),
            };
            if amount == 0 || amount > MAX_AMOUNT_MILLI {
                ignored.push(Ignored { day, entry, reason: "its amount is out of range" });
            } else {
                entries.push(decoded);
            }
        }
        days.push(entries);
    }
    let (mut estimate, mut water, mut answers) = (false, None, Vec::new());
    if version >= 2 {
        estimate = r.small(1, "way in")? == 1;
        water = match r.small(2, "water")? {
            0 => None,
            kind => {
                let (litres_milli, mg_per_litre_milli) = (r.varint()?, r.varint()?);
                if litres_milli > MAX_WATER_LITRES_MILLI || mg_per_litre_milli > MAX_WATER_MG_MILLI
                {
                    return Err(ShareError::Damaged("water out of range"));
                }
                Some(SharedWater { litres_milli, mg_per_litre_milli, bottled: kind == 2 })
            }
        };
        let count = r.varint()?;
        if count > MAX_ANSWERS as u64 {
            return Err(ShareError::Damaged("too many answers"));
        }
        for _ in 0..count {
            let id = |v: u64| u32::try_from(v).map_err(|_| ShareError::Damaged("an answer"));
            answers.push((id(r.varint()?)?, id(r.varint()?)?));
        }
    }
    let mut medicines = Vec::new();
    if version >= 3 {
        let count = r.varint()?;
        if count > MAX_MEDICINES as u64 {
            return Err(ShareError::Damaged("too many medicines"));
        }
        for _ in 0..count {
            let wire_id =
                u32::try_from(r.varint()?).map_err(|_| ShareError::Damaged("a medicine"))?;
            if !medicines.contains(&wire_id) {
                medicines.push(wire_id);
            }
        }
    }
    if !r.cursor.is_at_end() {
        return Err(ShareError::Damaged("extra data at the end"));
    }
    Ok(Decoded {
        inputs: SharedInputs {
            age_milli,
            sex,
            condition,
            feeding,
            standard,
            days,
            estimate,
            water,
            answers,
            medicines,
        },
        ignored,
    })
}

/// The codes that enums have in a link. Part of the format: a code is never
/// reused or renumbered, and a new variant gets the next free code.
mod wire {
    use super::{Condition, InfantFeeding, Sex, Standard};

    pub fn sex(sex: Sex) -> u8 {
        match sex {
            Sex::Female => 0,
            Sex::Male => 1,
        }
    }

    pub fn to_sex(code: u8) -> Option<Sex> {
        [Sex::Female, Sex::Male].into_iter().find(|s| sex(*s) == code)
    }

    pub fn condition(condition: Condition) -> u8 {
        match condition {
            Condition::None => 0,
            Condition::Pregnant => 1,
            Condition::Breastfeeding => 2,
        }
    }

    pub fn to_condition(code: u8) -> Option<Condition> {
        [Condition::None, Condition::Pregnant, Condition::Breastfeeding]
            .into_iter()
            .find(|c| condition(*c) == code)
    }

    pub fn feeding(feeding: Option<InfantFeeding>) -> u8 {
        match feeding {
            None => 0,
            Some(InfantFeeding::BreastFed) => 1,
            Some(InfantFeeding::FormulaFed) => 2,
        }
    }

    pub fn to_feeding(code: u8) -> Option<Option<InfantFeeding>> {
        [None, Some(InfantFeeding::BreastFed), Some(InfantFeeding::FormulaFed)]
            .into_iter()
            .find(|f| feeding(*f) == code)
    }

    pub fn standard(standard: Standard) -> u8 {
        match standard {
            Standard::Iom1997 => 0,
            Standard::Efsa2015 => 1,
            Standard::FaoWho2004 => 2,
            Standard::UkComa1991 => 3,
            Standard::Nnr2023 => 4,
            Standard::Dach2021 => 5,
        }
    }

    pub fn to_standard(code: u8) -> Option<Standard> {
        Standard::ALL.into_iter().find(|s| standard(*s) == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SharedInputs {
        SharedInputs {
            age_milli: Some((34_000, AgeGiven::Years)),
            sex: Sex::Female,
            condition: Condition::None,
            feeding: None,
            standard: Standard::Iom1997,
            days: vec![vec![
                SharedEntry::FoodPortion {
                    food: FoodId(12516),
                    seq: 2,
                    amount_milli: 1000,
                    in_grams: false,
                },
                SharedEntry::FoodPortion {
                    food: FoodId(9040),
                    seq: 5,
                    amount_milli: 200_000,
                    in_grams: true,
                },
                SharedEntry::FoodGrams { food: FoodId(11458), grams_milli: 180_000 },
                SharedEntry::Elemental {
                    medicine: false,
                    mg_milli: 400_000,
                    name: "Magnésium 400".into(),
                },
                SharedEntry::Compound {
                    medicine: true,
                    form: 0,
                    compound_mg_milli: 500_000,
                    name: String::new(),
                },
            ]],
            estimate: true,
            water: Some(SharedWater {
                litres_milli: 1500,
                mg_per_litre_milli: 24_000,
                bottled: true,
            }),
            answers: vec![(0, 3), (13, 4)],
            medicines: vec![1, 7],
        }
    }

    #[test]
    fn a_version_1_link_reads_as_the_log_without_water_or_answers() {
        let mut v1 = sample();
        (v1.estimate, v1.water, v1.answers, v1.medicines) = (false, None, Vec::new(), Vec::new());
        let mut bytes = payload_of(&encode(&v1)).unwrap();
        // The version 2 and 3 fields: log, no water, no answers, no medicines.
        bytes.truncate(bytes.len() - 4);
        let link = format!("{PREFIX_V1}{}", base64url(&bytes));
        assert_eq!(decode(&link), Ok(Decoded { inputs: v1, ignored: vec![] }));
    }

    #[test]
    fn medicines_travel_once_each_and_a_flood_of_them_is_refused() {
        let inputs = sample();
        assert_eq!(decode(&encode(&inputs)).unwrap().inputs.medicines, vec![1, 7]);
        let mut bytes =
            payload_of(&encode(&SharedInputs { medicines: vec![], ..sample() })).unwrap();
        bytes.pop(); // no medicines
        let twice = [bytes.clone(), vec![2, 3, 3]].concat();
        assert_eq!(decode(&fragment_from_payload(&twice)).unwrap().inputs.medicines, vec![3]);
        let flood = [bytes, vec![100]].concat();
        assert_eq!(
            decode(&fragment_from_payload(&flood)),
            Err(ShareError::Damaged("too many medicines"))
        );
    }

    #[test]
    fn water_out_of_range_is_refused() {
        let mut inputs = sample();
        inputs.water =
            Some(SharedWater { litres_milli: 1000, mg_per_litre_milli: 1, bottled: false });
        let mut bytes = payload_of(&encode(&inputs)).unwrap();
        // The litres varint (1000 = 0xE8 0x07) becomes 20,000 (0xA0 0x9C 0x01): too much water.
        let at = bytes.windows(2).rposition(|w| w == [0xE8, 0x07]).unwrap();
        bytes.splice(at..at + 2, [0xA0, 0x9C, 0x01]);
        assert_eq!(
            decode(&fragment_from_payload(&bytes)),
            Err(ShareError::Damaged("water out of range"))
        );
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Ok(bytes));
        }
    }

    #[test]
    fn a_day_round_trips_and_stays_short() {
        let link = encode(&sample());
        assert!(link.starts_with("mc3.") && link.len() < 100, "{link}");
        assert_eq!(decode(&format!("#{link}")), Ok(Decoded { inputs: sample(), ignored: vec![] }));
    }

    #[test]
    fn hostile_fragments_get_a_reason() {
        assert_eq!(decode(""), Err(ShareError::NotALink));
        assert_eq!(decode("#section-2"), Err(ShareError::NotALink));
        assert_eq!(decode("mc4.AAAA"), Err(ShareError::UnsupportedVersion));
        assert_eq!(decode(&"A".repeat(1 << 20)), Err(ShareError::TooLong));
        assert!(matches!(decode("mc1.%E0%A4%A"), Err(ShareError::Damaged(_))));
        assert!(matches!(decode("mc1.<script>alert(1)</script>"), Err(ShareError::Damaged(_))));
        let link = encode(&sample());
        assert!(matches!(decode(&link[..link.len() - 3]), Err(ShareError::Damaged(_))));
    }

    #[test]
    fn an_out_of_range_amount_drops_only_its_entry() {
        let mut inputs = sample();
        inputs.days[0][1] = SharedEntry::FoodGrams { food: FoodId(11458), grams_milli: 0 };
        let decoded = decode(&encode(&inputs)).unwrap();
        assert_eq!(decoded.inputs.days[0].len(), 4);
        assert_eq!(
            decoded.ignored,
            vec![Ignored { day: 0, entry: 1, reason: "its amount is out of range" }]
        );
    }

    #[test]
    fn long_names_are_cut_at_a_character_boundary() {
        let mut inputs = sample();
        inputs.days[0][3] =
            SharedEntry::Elemental { medicine: false, mg_milli: 1, name: "é".repeat(40) };
        let decoded = decode(&encode(&inputs)).unwrap();
        let SharedEntry::Elemental { name, .. } = &decoded.inputs.days[0][3] else { panic!() };
        assert_eq!(name.chars().count(), 30);
    }
}
