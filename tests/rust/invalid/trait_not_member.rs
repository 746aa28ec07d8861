// invalid: a fn that is not a member of the trait (E0407)
struct S { v: u32 }
trait Read {
    async fn read(&self) -> u32;
    fn id(&self) -> u32;
}
impl Read for S {
    async fn read(&self) -> u32 { self.v }
    fn id(&self) -> u32 { 1 }
    fn other(&self) -> u32 { 2 } //~ ERROR method `other` is not a member of trait `Read`
}
