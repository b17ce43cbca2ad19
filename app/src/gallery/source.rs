//! Finding an example's code in its file, so the gallery shows exactly what runs.

/// The text of `pub fn <name>() -> AnyView { … }` in `file`, with its doc comment: from the first
/// `///` line above the signature to the closing brace at the start of a line.
pub fn function_source<'a>(file: &'a str, name: &str) -> Option<&'a str> {
    let signature = format!("pub fn {name}() -> AnyView {{");
    let start = file.find(&signature)?;
    // Take the doc comment lines right above the signature too.
    let mut begin = start;
    for line in file[..start].lines().rev() {
        if line.trim_start().starts_with("///") || line.trim_start().starts_with("#[") {
            begin -= line.len() + 1;
        } else {
            break;
        }
    }
    let end = file[start..].find("\n}\n").map(|at| start + at + 2)?;
    Some(&file[begin..end])
}

/// The paragraphs of a module's `//!` documentation before its `# Manual checks` heading, and
/// the items of the list after it.
pub fn module_docs(file: &str) -> (Vec<String>, Vec<String>) {
    let lines: Vec<&str> = file
        .lines()
        .take_while(|line| line.starts_with("//!"))
        .map(|line| line.trim_start_matches("//!").trim())
        .collect();
    let split = lines
        .iter()
        .position(|line| *line == "# Manual checks")
        .unwrap_or(lines.len());
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in &lines[..split] {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    let mut checks: Vec<String> = Vec::new();
    for line in lines.iter().skip(split + 1) {
        if let Some(item) = line.strip_prefix("- ") {
            checks.push(item.to_owned());
        } else if let (Some(last), false) = (checks.last_mut(), line.is_empty()) {
            last.push(' ');
            last.push_str(line);
        }
    }
    (paragraphs, checks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gallery::registry::COMPONENTS;

    #[test]
    fn every_example_shows_its_own_code() {
        for component in COMPONENTS {
            assert!(
                !component.examples.is_empty(),
                "{} has no examples",
                component.folder
            );
            for example in component.examples {
                let code =
                    function_source(component.examples_source, example.name).unwrap_or_else(|| {
                        panic!("no code found for {}/{}", component.folder, example.name)
                    });
                assert!(code.contains(&format!("pub fn {}()", example.name)));
                assert!(code.trim_end().ends_with('}'));
            }
        }
    }

    #[test]
    fn every_component_documents_its_manual_checks() {
        for component in COMPONENTS {
            let (about, checks) = module_docs(component.module_source);
            assert!(!about.is_empty(), "{} has no description", component.folder);
            assert!(
                !checks.is_empty(),
                "{} lists no manual checks",
                component.folder
            );
        }
    }

    #[test]
    fn slugs_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for component in COMPONENTS {
            assert!(seen.insert(component.folder), "{} twice", component.folder);
            let mut examples = std::collections::BTreeSet::new();
            for example in component.examples {
                assert!(
                    examples.insert(example.slug()),
                    "{}/{} twice",
                    component.folder,
                    example.name
                );
            }
        }
    }

    #[test]
    fn the_code_runs_from_doc_comment_to_closing_brace() {
        let file = "use x;\n\n/// Shows it.\npub fn shown() -> AnyView {\n    view! { <p>\"a\"</p> }.into_any()\n}\n\npub fn other() -> AnyView {\n}\n";
        assert_eq!(
            function_source(file, "shown"),
            Some(
                "/// Shows it.\npub fn shown() -> AnyView {\n    view! { <p>\"a\"</p> }.into_any()\n}"
            )
        );
        assert_eq!(function_source(file, "missing"), None);
    }
}
