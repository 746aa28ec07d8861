// invalid: an impl of an unknown trait (E0405)
struct S;
impl Nope for S { //~ ERROR cannot find trait `Nope` in this scope
    fn id(&self) -> u32 { 1 }
}
