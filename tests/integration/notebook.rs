//! The notebook in `examples/` runs for real: nbclient executes every cell
//! with a Python kernel, on the files in `output/`.

use std::process::Command;

use crate::util::{python_with_notebook, root, run_ok};

#[test]
fn example_notebook_executes() {
    let Some(python) = python_with_notebook() else {
        return;
    };
    let script = r#"
import sys, nbformat, nbclient
nb = nbformat.read(sys.argv[1], as_version=4)
nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                        resources={"metadata": {"path": sys.argv[2]}}).execute()
errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
assert not errors, errors
print("executed", sum(c.cell_type == "code" for c in nb.cells), "cells")
"#;
    let examples = root().join("examples");
    let out = run_ok(
        Command::new(python)
            .args(["-c", script])
            .arg(examples.join("actorgraph.ipynb"))
            .arg(&examples),
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("executed"));
}
