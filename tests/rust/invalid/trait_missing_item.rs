// invalid: a trait impl missing an item (E0046)
struct S { v: u32 }
trait Read {
    async fn read(&self) -> u32;
    fn id(&self) -> u32;
}
impl Read for S { //~ ERROR not all trait items implemented, missing: `id`
    async fn read(&self) -> u32 { self.v }
}
