// consts37: dead_code and non_upper_case_globals of trait consts as rustc 1.95's: a trait's unused consts
// grouped with its unused fns, an impl's consts never reported, a used impl const or default makes the
// trait's declaration used, a trait used by nothing reported whole; the lint case on the declaration only
trait Tr {
    const k: u32;
    const UNUSED: u32 = 1;
    const D: u32 = 2;
    fn get(&self) -> u32;
    fn never(&self) -> u32;
}
trait Quiet {
    const A: u32;
    const B: u32 = 3;
}
trait Unused {
    const Z: u32;
}
struct S;
impl Tr for S {
    const k: u32 = 5;
    fn get(&self) -> u32 {
        Self::D
    }
    fn never(&self) -> u32 {
        0
    }
}
impl Quiet for S {
    const A: u32 = 4;
}
impl Unused for S {
    const Z: u32 = 1;
}
async fn m() -> u32 {
    let s = S;
    s.get() + S::k
}
