// invalid: two impls of one trait for one struct (E0119)
struct S { v: u32 }
trait Read {
    async fn read(&self) -> u32;
    fn id(&self) -> u32;
}
impl Read for S {
    async fn read(&self) -> u32 { self.v }
    fn id(&self) -> u32 { 1 }
}
impl Read for S { //~ ERROR conflicting implementations of trait `Read` for type `S`
    async fn read(&self) -> u32 { self.v }
    fn id(&self) -> u32 { 1 }
}
