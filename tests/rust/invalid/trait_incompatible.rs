// invalid: an impl fn whose type differs from the declaration (E0053)
struct S { v: u32 }
trait Read {
    async fn read(&self) -> u32;
    fn id(&self) -> u32;
}
impl Read for S {
    async fn read(&self) -> u32 { self.v }
    fn id(&self) -> u8 { 1 } //~ ERROR method `id` has an incompatible type for trait
}
