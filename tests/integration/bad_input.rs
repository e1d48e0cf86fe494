//! Issue 6, "Bad input never breaks it, and nothing is half-written": the
//! binary on text in the wrong encoding, binary files, empty and huge files,
//! broken dictionaries and bad paths. Each case checks the message, the exit
//! code, and that no partial output exists.
//!
//! Permission tests need a user the file system refuses: as root (CI runs as
//! root here) `chmod 000` does not stop a read, so those tests say so and
//! check the rest.

use std::{
    fs,
    io::Read,
    path::Path,
    process::{Command, Output, Stdio},
    time::{Duration, Instant},
};

use serde_json::Value;

use crate::util::{SAMPLE, actorgraph, dot, edge_keys, root, run, run_ok, tempdir};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{}", String::from_utf8_lossy(bytes)))
}

/// `source type target` of every edge, sorted.
fn triples(doc: &Value) -> Vec<String> {
    let mut t = edge_keys(&doc["edges"]);
    t.sort();
    t
}

/// Files in `dir` whose name marks an unfinished atomic write.
fn temporary_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

// --- Encodings ---------------------------------------------------------------------

#[test]
fn windows_1252_text_is_transcoded() {
    let tmp = tempdir();
    // "L'Algérie condamne le Mali. « Non », répond Bamako." in Windows-1252.
    let bytes = b"L'Alg\xE9rie condamne le Mali. \xAB Non \xBB, r\xE9pond Bamako.\n";
    fs::write(tmp.path().join("latin.txt"), bytes).unwrap();
    let out = run(actorgraph(tmp.path()).args(["extract", "latin.txt"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        out.stderr.is_empty(),
        "no warning expected: {}",
        stderr(&out)
    );
    let doc = json(&out.stdout);
    assert_eq!(triples(&doc), ["DZA tension MLI"]);
    let evidence = &doc["edges"][0]["evidence"][0];
    assert_eq!(evidence["cue"], "condamne");
    assert_eq!(evidence["text"], "L'Algérie condamne le Mali.");
    // Offsets are bytes of the file, where "é" is one byte, not two.
    let at = |needle: &[u8]| {
        bytes
            .windows(needle.len())
            .position(|w| w == needle)
            .unwrap()
    };
    assert_eq!(evidence["cue_start"], at(b"condamne"));
    assert_eq!(evidence["cue_end"], at(b"condamne") + "condamne".len());
    assert_eq!(evidence["sentence_start"], 0);
    assert_eq!(evidence["sentence_end"], at(b"Mali.") + "Mali.".len());
}

#[test]
fn utf8_bom_is_skipped() {
    let tmp = tempdir();
    fs::write(
        tmp.path().join("bom.txt"),
        "\u{feff}La Russie soutient le Mali.",
    )
    .unwrap();
    let out = run_ok(actorgraph(tmp.path()).args(["extract", "bom.txt"]));
    let doc = json(&out.stdout);
    assert_eq!(triples(&doc), ["RUS support MLI"]);
    let evidence = &doc["edges"][0]["evidence"][0];
    assert_eq!(evidence["text"], "La Russie soutient le Mali.");
    // The three bytes of the mark count: offsets are bytes of the file.
    assert_eq!(evidence["sentence_start"], 3);
    assert_eq!(evidence["cue_start"], 3 + "La Russie ".len());
}

#[test]
fn invalid_bytes_are_replaced_with_a_warning_naming_file_and_offset() {
    let tmp = tempdir();
    let mut bytes = "La Russie soutient le Mali. Le Niger condamne l'Algérie. "
        .as_bytes()
        .to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xFF\xFE fin.");
    fs::write(tmp.path().join("broken.txt"), &bytes).unwrap();
    let out = run(actorgraph(tmp.path()).args(["extract", "broken.txt"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "one warning line: {err}");
    assert!(err.contains("warning: broken.txt"), "{err}");
    assert!(err.contains(&format!("byte {at}")), "{err}");
    assert!(err.contains("2 invalid bytes"), "{err}");
    assert_eq!(
        triples(&json(&out.stdout)),
        ["DZA tension NER", "RUS support MLI"]
    );
}

#[test]
fn utf16_with_bom_is_read() {
    let tmp = tempdir();
    let mut bytes = vec![0xFF, 0xFE];
    for u in "La Russie soutient le Mali.".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    fs::write(tmp.path().join("utf16.txt"), &bytes).unwrap();
    let out = run_ok(actorgraph(tmp.path()).args(["extract", "utf16.txt"]));
    assert_eq!(triples(&json(&out.stdout)), ["RUS support MLI"]);
}

// --- Binary, empty, no actor ---------------------------------------------------------

#[test]
fn binary_files_are_skipped_and_the_run_goes_on() {
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    fs::write(
        dir.join("nul.txt"),
        b"La Russie\x00\x01\x02 soutient le Niger.",
    )
    .unwrap();
    fs::write(
        dir.join("report.txt"),
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< >>\n",
    )
    .unwrap();
    fs::write(
        dir.join("photo.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    let out = run(actorgraph(dir).args([
        "extract",
        "nul.txt",
        "a.txt",
        "report.txt",
        "photo.txt",
        "-o",
        "g.json",
    ]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "one line per skipped file: {err}");
    for (name, why) in [
        ("nul.txt", "NUL byte at offset 9"),
        ("report.txt", "PDF"),
        ("photo.txt", "PNG"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.contains(name) && l.contains(why) && l.contains("skipped")),
            "{name}: {err}"
        );
    }
    let doc = json(&fs::read(dir.join("g.json")).unwrap());
    assert_eq!(triples(&doc), ["RUS support MLI"]);
    assert_eq!(
        doc["graph"]["articles"].as_array().unwrap().len(),
        1,
        "{}",
        doc["graph"]
    );
}

#[test]
fn empty_and_actorless_files_give_an_empty_graph_in_json_and_dot() {
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(dir.join("blank.txt"), "\n\n   \n\t\n").unwrap();
    fs::write(
        dir.join("weather.txt"),
        "Il pleut sur la ville. Demain, du soleil.\n",
    )
    .unwrap();
    for file in ["empty.txt", "blank.txt", "weather.txt"] {
        let out = run_ok(actorgraph(dir).args(["extract", file]));
        let doc = json(&out.stdout);
        assert_eq!(doc["nodes"], serde_json::json!([]), "{file}: {doc}");
        assert_eq!(doc["edges"], serde_json::json!([]), "{file}: {doc}");
        let out = run_ok(actorgraph(dir).args(["extract", file, "--format", "dot", "-o", "g.dot"]));
        assert!(out.stdout.is_empty());
        let text = fs::read_to_string(dir.join("g.dot")).unwrap();
        assert!(
            text.starts_with("digraph") && text.trim_end().ends_with('}'),
            "{file}: {text}"
        );
        if let Some(dot) = dot() {
            let render = Command::new(dot)
                .args(["-Tsvg", "-o", "/dev/null"])
                .arg(dir.join("g.dot"))
                .output()
                .unwrap();
            assert!(
                render.status.success(),
                "{file}: dot rejects {text}: {}",
                stderr(&render)
            );
        }
    }
}

// --- Huge inputs ---------------------------------------------------------------------

/// Runs `cmd`, polling the child's peak resident memory (`VmHWM` in
/// `/proc/PID/status`) until it exits. Returns the output and the peak in
/// bytes, or `None` where `/proc` is missing.
fn run_measuring_peak(cmd: &mut Command) -> (Output, Option<u64>) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_path = format!("/proc/{}/status", child.id());
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    // Drain the pipes on threads so the child never blocks on a full pipe.
    let out_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        stdout.read_to_end(&mut v).map(|_| v)
    });
    let err_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        stderr.read_to_end(&mut v).map(|_| v)
    });
    let mut peak = None;
    let status = loop {
        // VmHWM only grows, so the last reading before exit is the peak but
        // for the last few milliseconds.
        if let Ok(s) = fs::read_to_string(&status_path)
            && let Some(kb) = s.lines().find_map(|l| l.strip_prefix("VmHWM:"))
            && let Ok(kb) = kb.trim().trim_end_matches("kB").trim().parse::<u64>()
        {
            peak = Some(peak.unwrap_or(0).max(kb * 1024));
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let output = Output {
        status,
        stdout: out_thread.join().unwrap().unwrap(),
        stderr: err_thread.join().unwrap().unwrap(),
    };
    (output, peak)
}

/// A single line of about `len` bytes with no sentence end: filler words,
/// and once per mebibyte a relation, so that the pipeline has work to do but
/// the graph stays small.
fn one_line(len: usize) -> Vec<u8> {
    let filler = "le texte continue encore et toujours sans la moindre ponctuation ";
    let relation = "la Russie soutient le Mali ";
    let mut out = Vec::with_capacity(len + 1024);
    while out.len() < len {
        let stop = (out.len() / (1 << 20) + 1) << 20;
        while out.len() < stop.min(len) {
            out.extend_from_slice(filler.as_bytes());
        }
        out.extend_from_slice(relation.as_bytes());
    }
    out
}

/// Memory must stay bounded by the window, not grow with the text. The
/// bound leaves room for the whole 100 MB text once, which the binary must
/// not need; the measured peak is printed.
#[test]
fn a_100_megabyte_line_runs_in_bounded_memory_and_linear_time() {
    const LEN: usize = 100 * 1024 * 1024;
    const BOUND: u64 = 64 * 1024 * 1024;
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("line.txt"), one_line(LEN)).unwrap();
    let started = Instant::now();
    let (out, peak) =
        run_measuring_peak(actorgraph(dir).args(["extract", "line.txt", "-o", "g.json"]));
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = json(&fs::read(dir.join("g.json")).unwrap());
    assert_eq!(triples(&doc), ["RUS support MLI"]);
    let weight = doc["edges"][0]["weight"].as_u64().unwrap();
    assert!(weight >= 99, "one relation per mebibyte, got {weight}");
    eprintln!(
        "100 MB line: {elapsed:?}, peak RSS {} MiB",
        peak.map_or(0, |p| p >> 20)
    );
    if let Some(peak) = peak {
        assert!(
            peak < BOUND,
            "peak RSS {} MiB over {} MiB",
            peak >> 20,
            BOUND >> 20
        );
    }
    // Linear: a quadratic step would take hours on 100 MB; release builds
    // take a few seconds, debug builds a minute.
    assert!(elapsed < Duration::from_secs(300), "took {elapsed:?}");
}

// --- Broken dictionaries ---------------------------------------------------------------

/// Exports the built-in dictionaries into `dir/dicts`, appends `line` to
/// `file` in it, runs `extract` with them and an output file, and returns
/// the output after checking exit code 2, that the message names
/// `file:LINE` of the bad line, and that nothing was written.
fn broken_dictionary(file: &str, line: &str) -> String {
    let tmp = tempdir();
    let dir = tmp.path();
    run_ok(actorgraph(dir).args(["dictionaries", "export", "dicts"]));
    let path = dir.join("dicts").join(file);
    let mut text = fs::read_to_string(&path).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    // The bad line is the last one appended.
    let number = text.lines().count() + line.lines().count();
    text.push_str(line);
    text.push('\n');
    fs::write(&path, text).unwrap();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    fs::create_dir(dir.join("out")).unwrap();
    for output in [&["-o", "g.json"][..], &["--out-dir", "out"]] {
        let out = run(actorgraph(dir)
            .args(["extract", "a.txt", "--dictionaries", "dicts"])
            .args(output));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{line:?}: {err}");
        let location = format!("{file}:{number}");
        assert!(err.contains(&location), "{line:?}: no {location} in {err}");
        assert!(err.contains("nothing was written"), "{err}");
        assert!(out.stdout.is_empty());
        assert!(
            !dir.join("g.json").exists(),
            "{line:?}: an output was written"
        );
        assert_eq!(
            fs::read_dir(dir.join("out")).unwrap().count(),
            0,
            "{line:?}: --out-dir not empty"
        );
    }
    let check = run(actorgraph(dir).args(["dictionaries", "check", "dicts"]));
    assert_eq!(check.status.code(), Some(2));
    stderr(&check)
}

#[test]
fn dictionary_bad_line() {
    let err = broken_dictionary("actors/states.txt", "actor Mali");
    assert!(err.contains("expected `actor ID KIND LABEL`"), "{err}");
}

#[test]
fn dictionary_unknown_field() {
    let err = broken_dictionary("actors/states.txt", "nickname Mali");
    assert!(err.contains("unknown keyword \"nickname\""), "{err}");
    let err = broken_dictionary("cues/fr.txt", "friendship amitié");
    assert!(err.contains("unknown class \"friendship\""), "{err}");
}

#[test]
fn dictionary_duplicate_id() {
    let err = broken_dictionary("actors/organisations.txt", "actor MLI state Mali bis");
    assert!(err.contains("duplicate actor id MLI"), "{err}");
    assert!(
        err.contains("actors/states.txt:"),
        "names the first definition: {err}"
    );
}

#[test]
fn dictionary_alias_of_two_actors() {
    let err = broken_dictionary(
        "actors/states.txt",
        "actor ZZZ state Nowhere\n  name Bamako",
    );
    assert!(err.contains("is also an alias of MLI"), "{err}");
}

#[test]
fn dictionary_empty_alias() {
    let err = broken_dictionary("actors/states.txt", "actor ZZZ state Nowhere\n  name ---");
    assert!(err.contains("empty alias after `name`"), "{err}");
}

#[test]
fn dictionary_invalid_cue() {
    let err = broken_dictionary("cues/en.txt", "support back*ing*");
    assert!(err.contains("`*` is allowed only at the end"), "{err}");
    let err = broken_dictionary("cues/en.txt", "support ...");
    assert!(err.contains("empty cue after `support`"), "{err}");
}

// --- Paths -------------------------------------------------------------------------------

#[test]
fn missing_input_exits_1_and_the_others_still_count() {
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    let out = run(actorgraph(dir).args(["extract", "missing.txt", "a.txt", "-o", "g.json"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("missing.txt") && err.contains("No such file"),
        "{err}"
    );
    // The readable input still gives its graph.
    assert_eq!(
        triples(&json(&fs::read(dir.join("g.json")).unwrap())),
        ["RUS support MLI"]
    );

    let out = run(actorgraph(dir).args(["extract", "missing.txt", "-o", "only.json"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !dir.join("only.json").exists(),
        "nothing read, nothing written"
    );
}

#[test]
fn unreadable_input_exits_1() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempdir();
    let dir = tmp.path();
    let path = dir.join("secret.txt");
    fs::write(&path, "La Russie soutient le Mali.\n").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        eprintln!(
            "skipped unreadable_input_exits_1: running as root, chmod 000 does not stop reads"
        );
        return;
    }
    let out = run(actorgraph(dir).args(["extract", "secret.txt"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("secret.txt") && err.contains("Permission denied"),
        "{err}"
    );
}

#[test]
fn missing_output_directory_exits_1_and_writes_nothing() {
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    for args in [&["-o", "nope/g.json"][..], &["--out-dir", "nope"]] {
        let out = run(actorgraph(dir).args(["extract", "a.txt"]).args(args));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("nope") && err.contains("does not exist"),
            "{err}"
        );
        assert!(!dir.join("nope").exists());
    }
}

#[test]
fn read_only_output_directory_exits_1_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    let ro = dir.join("ro");
    fs::create_dir(&ro).unwrap();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anywhere but in read-only file systems such as /sys.
    let target = if fs::write(ro.join("probe"), "").is_err() {
        ro.clone()
    } else if Path::new("/sys/kernel").is_dir() && fs::write("/sys/kernel/probe", "").is_err() {
        Path::new("/sys/kernel").to_path_buf()
    } else {
        eprintln!("skipped read_only_output_directory: no directory this user cannot write");
        return;
    };
    let out = run(actorgraph(dir)
        .args(["extract", "a.txt", "-o"])
        .arg(target.join("g.json")));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("g.json"), "{err}");
    assert!(!target.join("g.json").exists());
    assert!(
        temporary_files(&target).is_empty(),
        "{:?}",
        temporary_files(&target)
    );
}

// --- Atomic output and determinism ----------------------------------------------------

#[test]
fn a_killed_run_leaves_the_old_output_whole() {
    use std::io::Write;
    let tmp = tempdir();
    let dir = tmp.path();
    let old = b"{\"old\": true}\n";
    fs::write(dir.join("g.json"), old).unwrap();
    // Standard input kept open: the run is still at work when it is killed,
    // however fast it reads (a 60 MB file once finished within the 300 ms).
    let mut child = actorgraph(dir)
        .args(["extract", "-", "-o", "g.json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&one_line(8 * 1024 * 1024)).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    drop(stdin);
    child.wait().unwrap();
    assert_eq!(fs::read(dir.join("g.json")).unwrap(), old);
    assert!(
        temporary_files(dir).is_empty(),
        "{:?}",
        temporary_files(dir)
    );
}

#[test]
fn same_input_same_bytes_across_runs_and_threads() {
    let tmp = tempdir();
    let dir = tmp.path();
    let sample = fs::read(root().join(SAMPLE)).unwrap();
    fs::create_dir(dir.join("corpus")).unwrap();
    for i in 0..6 {
        fs::write(dir.join(format!("corpus/{i}.txt")), &sample).unwrap();
    }
    fs::write(
        dir.join("corpus/latin.txt"),
        b"L'Alg\xE9rie condamne le Mali.",
    )
    .unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "2"] {
        for format in ["json", "dot"] {
            let out = run_ok(actorgraph(dir).args([
                "extract",
                "corpus",
                "--threads",
                threads,
                "--format",
                format,
            ]));
            outputs.push((format, out.stdout));
        }
    }
    for pair in outputs.chunks(2).skip(1) {
        assert!(pair[0].1 == outputs[0].1, "JSON differs between runs");
        assert!(pair[1].1 == outputs[1].1, "DOT differs between runs");
    }
}
