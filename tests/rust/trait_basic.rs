// covers: a trait with async fns and a sync fn, implemented for two structs, called statically: method
// syntax `s.f().await`, `S::f(&s).await`, `<S as T>::f(&s).await` (no dyn, no generics)
struct Sensor { v: u32, g: Guard }
struct Fixed;
trait Read {
    async fn read(&self) -> u32;
    async fn reset(&mut self, to: u32);
    fn id(&self) -> u32;
}
impl Read for Sensor {
    async fn read(&self) -> u32 {
        yield_now().await;
        self.v + 1
    }
    async fn reset(&mut self, to: u32) {
        yield_now().await;
        self.v = to;
    }
    fn id(&self) -> u32 {
        7
    }
}
impl Read for Fixed {
    async fn read(&self) -> u32 {
        3
    }
    async fn reset(&mut self, to: u32) {
        observe(to);
    }
    fn id(&self) -> u32 {
        8
    }
}
async fn traits(x: u32) -> u32 {
    let mut s = Sensor { v: x & 255, g: guard(1) };
    let a = s.read().await;
    s.reset(a).await;
    let b = Sensor::read(&s).await;
    let c = <Sensor as Read>::read(&s).await;
    let mut f = Fixed;
    f.reset(2).await;
    let d = f.read().await + f.id() + s.id();
    a + b + c + d
}
