//! Fuzzes the dictionary parser: arbitrary text as one dictionary file among
//! the built-in ones must give a dictionary set or an error listing problems,
//! never a panic. A valid set must also compile into an extractor and read a
//! sentence, since a dictionary an analyst wrote by hand reaches the matcher
//! and the relation rules.
//!
//! The first byte picks which file the text replaces (its low five bits),
//! so every parser (actors, cues, institutions, abbreviations) is
//! exercised, and whether a valid set is compiled (its three high bits all
//! set).

#![no_main]

use actorgraph::{Dictionaries, Extractor};
use libfuzzer_sys::fuzz_target;

/// The built-in files, read from the source tree at build time.
const FILES: [(&str, &str); 8] = [
    (
        "actors/states.txt",
        include_str!("../../dictionaries/actors/states.txt"),
    ),
    (
        "actors/organisations.txt",
        include_str!("../../dictionaries/actors/organisations.txt"),
    ),
    (
        "actors/armed-groups.txt",
        include_str!("../../dictionaries/actors/armed-groups.txt"),
    ),
    (
        "actors/not-actors.txt",
        include_str!("../../dictionaries/actors/not-actors.txt"),
    ),
    (
        "cues/fr.txt",
        include_str!("../../dictionaries/cues/fr.txt"),
    ),
    (
        "cues/en.txt",
        include_str!("../../dictionaries/cues/en.txt"),
    ),
    (
        "institutions.txt",
        include_str!("../../dictionaries/institutions.txt"),
    ),
    (
        "abbreviations.txt",
        include_str!("../../dictionaries/abbreviations.txt"),
    ),
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let replaced = usize::from(which & 0x1F) % (FILES.len() + 1);
    let mut files: Vec<(String, String)> = FILES
        .iter()
        .map(|&(p, t)| (p.to_string(), t.to_string()))
        .collect();
    if replaced < FILES.len() {
        files[replaced].1 = text;
    } else {
        // A file of its own: a new actor file or an unknown name.
        files.push(("actors/extra.txt".to_string(), text));
    }
    match Dictionaries::from_files(files) {
        // Compiling the matcher costs a hundred times the parse: do it for
        // one valid set in eight (chosen by the input, so runs replay), to
        // keep the fuzzer fast on the parser.
        Ok(dicts) if which & 0xE0 == 0xE0 => {
            let extractor = Extractor::new(dicts);
            let _ = extractor.analyse("fuzz", "La Russie soutient le Mali. Russia backs Mali.");
        }
        Ok(_) => {}
        Err(e) => {
            // Every problem names a file, and the message renders.
            let _ = e.to_string();
        }
    }
});
