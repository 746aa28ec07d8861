// Two generic async fns of one crate whose awaited type parameter has one name, `Fut`, and two
// Outputs (tokio's OnceCell::get_or_init / get_or_try_init, async-lock's the same): the importer
// knows a type by its spelling, so `Fut` is ambiguous in the module and neither poll is an
// await of an external future (ir/future_extern.c); both fns round-trip and verify.
use std::future::Future;

pub struct Cell<T> {
    v: Option<T>,
}

impl<T: Copy> Cell<T> {
    pub async fn get_or_init<Fut: Future<Output = T>>(&mut self, f: Fut) -> T {
        let v = f.await;
        self.v = Some(v);
        v
    }

    pub async fn get_or_try_init<E, Fut: Future<Output = Result<T, E>>>(&mut self, f: Fut) -> Result<T, E> {
        let v = f.await?;
        self.v = Some(v);
        Ok(v)
    }
}

pub async fn one<Fut: Future<Output = u32>>(f: Fut) -> u32 {
    f.await + 1
}
