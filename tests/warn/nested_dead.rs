// covers: dead_code of fn items nested in bodies (thirteenth session): named by their ident, not their
// path (`helper`, not `user::helper` nor `root::{closure#0}::helper`, even when two share the name); a
// fn nested in a fn that is never used, at any depth, and an async fn there, get no warning of their own
fn user(x: u32) -> u32 {
    fn helper() -> u32 { 1 }
    fn solo() -> u32 { 1 }
    fn top() -> u32 { 1 }
    x
}
async fn root(x: u32) -> u32 {
    fn helper() -> u32 { 4 }
    {
        fn helper2() -> u32 { 4 }
    }
    x + user(1)
}
fn top() -> u32 { 1 }
fn dead_outer() -> u32 {
    fn dead_inner() -> u32 { fn deeper() -> u32 { 2 } 1 }
    async fn adead() -> u32 { 1 }
    2
}
