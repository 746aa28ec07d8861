// lint38: lint attributes: allow / warn / expect on items, fields, variants, associated items and the
// crate; groups (`unused`, `nonstandard_style`), `warnings`, tool lints, unknown names, reasons
#![allow(unused_mut)]
#![warn(unused_parens)]

#[allow(dead_code)]
fn root() { helper(); }
fn helper() {}

#[expect(dead_code)]
fn expected_root() { helper2(); }
fn helper2() {}

#[expect(unused_variables)]
fn quiet() -> u32 { 3 }

#[expect(unused_variables, reason = "kept for the test")]
async fn met(n: u32) -> u32 { let unused = n; n }

#[allow(foo_bar, clippy::needless_return)]
async fn unknown(n: u32) -> u32 { let x = n; n }

#[allow(unused)]
async fn group(n: u32) -> u32 { let mut m = n; let x = 1; m }

#[allow(nonstandard_style)]
async fn Shouty(N: u32) -> u32 { N }

#[allow(warnings)]
async fn all_quiet(n: u32) -> u32 { let y = n; n }

#[allow(warnings)]
#[warn(unused_variables)]
async fn capped(n: u32) -> u32 { let y = n; n }

#[allow(unused_variables)]
async fn nested(n: u32) -> u32 {
    let a = n;
    n
}

struct Fields {
    #[allow(dead_code)]
    quiet: u32,
    loud: u32,
    used: u32,
}

enum Mode {
    #[allow(dead_code)]
    Idle,
    Busy,
    Run,
}

struct Unit;

#[allow(dead_code)]
impl Unit {
    fn never(&self) -> u32 { 1 }
}

impl Fields {
    #[allow(dead_code)]
    fn quiet_method(&self) -> u32 { self.used }
    fn loud_method(&self) -> u32 { 2 }
}

async fn run(n: u32) -> u32 {
    let f = Fields { quiet: 1, loud: 2, used: n };
    let m = Mode::Run;
    let _u = Unit;
    match m { Mode::Run => f.used, _ => 0 }
}

#[warn(unused_parens)]
async fn parens(n: u32) -> u32 { (n) }

#[expect(unused_parens)]
async fn parens_expected(n: u32) -> u32 { (n) }

async fn outer(n: u32) -> u32 {
    #[allow(dead_code)]
    fn inner_allowed() {}
    fn inner_dead() {}
    #[allow(non_camel_case_types)]
    struct lower_inner;
    n
}

trait Tr {
    #[allow(dead_code)]
    fn t1(&self) -> u32;
    fn t2(&self) -> u32;
}

#[allow(non_upper_case_globals)]
const lower: u32 = 1;
#[expect(non_upper_case_globals)]
const UPPER: u32 = 2;

async fn consts() -> u32 { lower + UPPER }

// an expect(dead_code) on a fn that is used: not met (the roots must not meet it before the worklist runs)
#[expect(dead_code)]
fn used_expected() -> u32 { 1 }
async fn uses_expected() -> u32 { used_expected() }
