//! Reading SR28 descriptions as names: which segment names the food, its
//! qualifier, its other names and asides, and what a word says about the
//! food's form (`describe`, `form_mark`).

use super::*;

/// First segments that name a kind of food rather than the food: in
/// "Beverages, coffee, brewed" the food is "coffee", in "Cheese, cheddar" it
/// is "cheddar". The words of such a prefix still match, but the food's
/// name (its core) is the segment after it. Longest prefixes first.
pub(super) const CATEGORY_PREFIXES: &[&str] = &[
    "beverages carbonated",
    "bread",
    "pork cured",
    "alcoholic beverages",
    "alcoholic beverage",
    "cereals ready to eat",
    "salad dressing",
    "fast foods",
    "game meat",
    "beverages",
    "babyfood",
    "candies",
    "cereals",
    "cheese",
    "crustaceans",
    "fish",
    "mollusks",
    "nuts",
    "seeds",
    "snacks",
    "soup",
    "spices",
    "sauce",
];

/// Categories that are the food's head noun: "Cheese, cheddar" is a cheese,
/// "Bread, egg" a bread (not an egg), "Soup, tomato" a soup.
pub(super) const NOUN_CATEGORIES: &[&str] = &["cheese", "bread", "soup", "sauce"];

/// Segments that say nothing about which food it is: the name's
/// qualifier is the segment after them ("Chicken, broilers or fryers, thigh").
pub(super) const TRANSPARENT_SEGMENTS: &[&str] =
    &["broilers or fryers", "all classes", "fresh", "domestic"];

/// Parts of an animal: "turkey breast" is the breast of a turkey, unlike
/// "milk chocolate", which is chocolate.
pub(super) const PARTS: &[&str] = &[
    "breast",
    "thigh",
    "wing",
    "leg",
    "drumstick",
    "loin",
    "shoulder",
    "rib",
    "chop",
    "back",
    "neck",
    "liver",
    "heart",
    "fillet",
    "steak",
    "tenderloin",
    "shank",
    "belly",
];

/// Qualifier words that name no variety: "Milk, whole" is plain milk.
pub(super) const NOT_A_VARIETY: &[&str] = &["whole", "fluid", "fresh"];

/// Words that join others and never name a food.
pub(super) const JOINING_WORDS: &[&str] =
    &["and", "or", "with", "of", "in", "the", "a", "includes"];

/// Groups whose foods are eaten cooked: their raw or dry forms rank below
/// the cooked ones unless the query asks for them ("lentils raw").
pub(super) const COOKED_GROUPS: &[&str] = &[
    "Legumes and Legume Products",
    "Cereal Grains and Pasta",
    "Beef Products",
    "Pork Products",
    "Poultry Products",
    "Lamb, Veal, and Game Products",
    "Finfish and Shellfish Products",
    "Sausages and Luncheon Meats",
];
/// Foods of those groups eaten as sold, by the first word of their name.
pub(super) const EATEN_AS_SOLD: &[&str] =
    &["tofu", "peanuts", "peanut", "soymilk", "hummus", "miso", "tempeh", "natto", "ham"];
/// Vegetables that are eaten cooked, by the first word of their name.
pub(super) const COOKED_VEGETABLES: &[&str] = &["potatoes", "sweet", "rice", "pumpkin", "squash"];

/// What a word says about a food's form, as a score when the query does not
/// ask for it: processed forms below the plain one, raw below cooked where
/// food is eaten cooked, salted below unsalted.
pub(super) fn form_mark(word: &str, around: &Around, kind: &Kind) -> i32 {
    let Around { before, before2, after } = *around;
    let Kind { cooked, beverage_or_soup, dried_is_plain } = *kind;
    match word {
        // "dry heat" and "dry roasted" are ways of cooking, not a dry form.
        "dry" if matches!(after, "heat" | "roasted") => 0,
        // Nuts, seeds, spices and dry legumes are sold dried.
        "dried" if dried_is_plain => 0,
        "dry" | "dried" | "powder" | "powdered" | "mix" | "instant" | "condensed"
        | "concentrate" | "dehydrated" | "imitation" | "substitute" | "meatless" | "flour"
        | "substitutes" => -10,
        "decaffeinated" | "sweetened" | "flavor" | "flavored" | "light" | "diet" | "spread"
        | "fortified" | "reduced" | "lowfat" | "nonfat" | "free" | "lite" | "restaurant"
        | "dietary" | "prepackaged" | "deli" | "luncheon" | "syrup" => -5,
        "fried" | "breaded" => -8,
        "raw" | "uncooked" | "unprepared" | "unheated" | "purchased" if cooked => -14,
        "frozen" | "canned" => -2,
        // "with salt", not "without salt" or "without added salt".
        "salt" | "salted"
            if ![before, before2].iter().any(|w| matches!(*w, "without" | "no" | "not")) =>
        {
            -4
        }
        "sodium" => -5,
        // "with vegetables", "with pork": something added; not "with added vitamin D",
        // "with tap water", "with calcium propionate".
        "with"
            if !matches!(
                after,
                "added" | "salt" | "tap" | "water" | "equal" | "ca" | "calcium" | "skin" | "bone"
            ) =>
        {
            -5
        }
        "cooked" | "boiled" | "baked" | "roasted" | "stewed" | "broiled" | "braised" if cooked => 4,
        "brewed" | "serve" if beverage_or_soup => 6,
        "prepared" | "tap" if beverage_or_soup => 4,
        // SR28's generic entries: "all commercial varieties", "year round
        // average", "mixed species", "composite of trimmed retail cuts".
        "plain" | "regular" | "average" | "composite" | "species" | "commercially" => 4,
        "low" => -5,
        "all" if before != "and" && after != "classes" => 4,
        _ => 0,
    }
}

/// The words next to the one being marked.
#[derive(Clone, Copy)]
pub(super) struct Around<'a> {
    pub(super) before: &'a str,
    before2: &'a str,
    pub(super) after: &'a str,
}

/// What kind of food is being marked.
#[derive(Clone, Copy)]
pub(super) struct Kind {
    /// Eaten cooked: raw and dry forms rank lower.
    pub(super) cooked: bool,
    /// Drunk brewed or served prepared.
    pub(super) beverage_or_soup: bool,
    /// Sold dried: nuts, seeds, spices, dry legumes.
    pub(super) dried_is_plain: bool,
}

/// The words of a description by comma-separated segment; commas inside
/// parentheses do not separate, and words in parentheses are asides
/// ("Chickpeas (garbanzo beans, bengal gram)").
pub(super) fn segments(description: &str) -> Vec<Vec<(String, bool)>> {
    let mut out = vec![Vec::new()];
    let mut depth = 0u32;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Vec<(String, bool)>>, aside: bool| {
        if !word.is_empty() {
            out.last_mut().unwrap().push((std::mem::take(word), aside));
        }
    };
    for c in description.chars() {
        match (c, fold(c)) {
            (_, Some(f)) => word.push(f),
            ('(', _) => {
                flush(&mut word, &mut out, depth > 0);
                depth += 1;
            }
            (')', _) => {
                flush(&mut word, &mut out, depth > 0);
                depth = depth.saturating_sub(1);
            }
            (',' | ';', _) if depth == 0 => {
                flush(&mut word, &mut out, false);
                out.push(Vec::new());
            }
            _ => flush(&mut word, &mut out, depth > 0),
        }
    }
    flush(&mut word, &mut out, depth > 0);
    out.retain(|s| !s.is_empty());
    out
}

/// What the index keeps of one food's description to rank it.
pub(super) struct Described {
    pub(super) words: Vec<String>,
    /// Bit i: word i is part of the food's name (core), not a category or aside.
    pub(super) core: u64,
    /// Bit i: word i is in the segment after the name ("whole" in "Milk, whole").
    pub(super) qualifier: u64,
    /// Bit i: word i is in the category prefix ("Cheese" in "Cheese, cheddar").
    pub(super) category: u64,
    /// Qualifier words that name a variety rather than a form.
    pub(super) variety: u64,
    /// Qualifier words that name a part of an animal ("breast", "chop").
    pub(super) parts: u64,
    /// Whether the category is the head noun (see `NOUN_CATEGORIES`).
    pub(super) noun: bool,
    /// Positions of the name's head noun (its last word: "butter" in
    /// "Peanut butter") and of the category's ("cheese" in "Cheese, cheddar").
    pub(super) heads: [u8; 3],
    /// Other names of the food, as word masks: its parenthesised asides
    /// ("Chickpeas (garbanzo beans, …)", "Plums, dried (prunes)").
    pub(super) asides: Vec<u64>,
    /// Per word: its form mark (see `form_mark`).
    pub(super) marks: Vec<i8>,
    /// Words that count for length: not the category, not asides.
    pub(super) plain_len: usize,
}

pub(super) fn describe(description: &str, group: &str) -> Described {
    let segs = segments(description);
    let seg_text =
        |s: &[(String, bool)]| s.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join(" ");
    // How many leading segments form a category prefix ("Beverages, carbonated").
    let one = segs.first().map(|s| seg_text(s)).unwrap_or_default();
    let two = segs.get(1).map(|s| [one.as_str(), &seg_text(s)].join(" ")).unwrap_or_default();
    let category_segs = CATEGORY_PREFIXES
        .iter()
        .find_map(|prefix| {
            if *prefix == one && segs.len() > 1 {
                Some(1)
            } else if *prefix == two && segs.len() > 2 {
                Some(2)
            } else {
                None
            }
        })
        .unwrap_or(0);
    let first_word = segs.get(category_segs).and_then(|s| s.first()).map(|(w, _)| w.as_str());
    let cooked = (COOKED_GROUPS.contains(&group)
        && !first_word.is_some_and(|w| EATEN_AS_SOLD.contains(&w)))
        || (group == "Vegetables and Vegetable Products"
            && first_word.is_some_and(|w| COOKED_VEGETABLES.contains(&w)));
    let beverage_or_soup = group == "Beverages" || group.starts_with("Soups");
    let category_words: Vec<&str> =
        segs[..category_segs].iter().flatten().map(|(w, _)| w.as_str()).collect();
    // The qualifier: the first segment after the name that says something.
    let qualifier_seg = (category_segs + 1..segs.len())
        .find(|&i| !TRANSPARENT_SEGMENTS.contains(&seg_text(&segs[i]).as_str()))
        .unwrap_or(usize::MAX);
    let noun = NOUN_CATEGORIES.contains(&category_words.join(" ").as_str());
    let mut or_name: Option<u64> = None;
    let mut category = 0u64;
    let mut words = Vec::new();
    let (mut core, mut qualifier) = (0u64, 0u64);
    let mut heads = [u8::MAX; 3];
    let mut asides = Vec::new();
    let mut plain_len = 0;
    for (si, seg) in segs.iter().enumerate() {
        let mut in_aside = false;
        for (w, aside) in seg {
            let position = words.len();
            let bit = if position < 64 { 1u64 << position } else { 0 };
            let joining = JOINING_WORDS.contains(&w.as_str());
            if *aside {
                // Asides in the name or its qualifier are other names ("Plums,
                // dried (prunes)"); later ones describe a cut or a recipe.
                if si <= qualifier_seg.min(category_segs + 1) {
                    if !in_aside {
                        asides.push(0);
                    }
                    if !joining {
                        *asides.last_mut().unwrap() |= bit;
                    }
                }
            } else if si == category_segs {
                if w == "or" {
                    // "Nuts, hazelnuts or filberts": what follows "or" is another name.
                    or_name = Some(0);
                } else if let Some(name) = or_name.as_mut() {
                    *name |= bit;
                } else {
                    // "Nuts, cashew nuts": the category's word is not needed to name it.
                    let repeats =
                        category_words.iter().any(|c| stem(c.as_bytes()) == stem(w.as_bytes()));
                    if !joining && !repeats {
                        core |= bit;
                    }
                    // A noun category is the head: "Bread, egg" is a bread.
                    if !noun {
                        heads[0] = position.min(254) as u8;
                    }
                }
            } else if si == qualifier_seg && !joining {
                qualifier |= bit;
            } else if si < category_segs {
                if !joining {
                    category |= bit;
                }
                // The category's first and last words: "Cheese, cheddar" is a
                // cheese, "Salad dressing, …" a dressing.
                if position == 0 {
                    heads[1] = position.min(254) as u8;
                } else if si + 1 == category_segs {
                    heads[2] = position.min(254) as u8;
                }
            }
            in_aside = *aside;
            if si >= category_segs && !aside {
                plain_len += 1;
            }
            words.push(w.clone());
        }
    }
    let kind = Kind {
        cooked,
        beverage_or_soup,
        dried_is_plain: matches!(
            group,
            "Nut and Seed Products" | "Spices and Herbs" | "Legumes and Legume Products"
        ),
    };
    let marks = (0..words.len())
        .map(|i| {
            let word = |j: Option<usize>| j.and_then(|j| words.get(j)).map_or("", String::as_str);
            let around = Around {
                before: word(i.checked_sub(1)),
                before2: word(i.checked_sub(2)),
                after: word(Some(i + 1)),
            };
            form_mark(&words[i], &around, &kind) as i8
        })
        .collect();
    asides.extend(or_name.filter(|&m| m != 0));
    // A word is a form word when it has a mark for some kind of food.
    let any_kind = Kind { cooked: true, beverage_or_soup: true, dried_is_plain: false };
    let no_context = Around { before: "", before2: "", after: "" };
    let variety = (0..words.len().min(64))
        .filter(|&i| {
            qualifier & (1 << i) != 0
                && form_mark(&words[i], &no_context, &any_kind) == 0
                && !NOT_A_VARIETY.contains(&words[i].as_str())
        })
        .fold(0u64, |mask, i| mask | 1 << i);
    let parts = (0..words.len().min(64))
        .filter(|&i| qualifier & (1 << i) != 0 && PARTS.contains(&stem_str(&words[i])))
        .fold(0u64, |mask, i| mask | 1 << i);
    // "Milk, buttermilk": a one-word variety that ends with the name's head is a name itself.
    let head = usize::from(heads[0]);
    if variety.count_ones() == 1 && qualifier == variety && head < words.len() {
        let v = variety.trailing_zeros() as usize;
        if words[v].len() > words[head].len() && words[v].ends_with(words[head].as_str()) {
            asides.push(variety);
        }
    }
    Described {
        words,
        core,
        qualifier,
        variety,
        parts,
        category,
        noun,
        heads,
        asides,
        marks,
        plain_len,
    }
}
