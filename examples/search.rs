//! Prints the first results for queries given on the command line:
//! `cargo run --example search -- "black beans" banana`
use magnesium_calculator::model::food_table::FoodTable;
use magnesium_calculator::model::quick_picks::quick_picks;
use magnesium_calculator::model::search::SearchIndex;

fn main() {
    let table = FoodTable::from_csv(
        include_str!("../data/usda/foods.csv"),
        include_str!("../data/usda/portions.csv"),
    )
    .unwrap();
    let favourites: Vec<_> = quick_picks().iter().map(|p| p.food_id).collect();
    let index = SearchIndex::new(&table, &favourites);
    for query in std::env::args().skip(1) {
        println!("{query:?}");
        for hit in index.search(&query, 6) {
            let f = &table.foods()[hit.food_index];
            println!("  {:>4}  {} {}  [{}]", hit.score, f.id, f.description, f.common_name);
        }
    }
}
