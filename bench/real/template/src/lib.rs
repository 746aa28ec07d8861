// Empty: this crate only exists so that `cargo rustc -p DEP` can build its dependencies.
