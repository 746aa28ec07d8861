// covers: fn items inside methods and a sync fn (items29): their def paths under `{impl#k}::m`, an
// item shadowing a top-level fn of the same name, an item calling the top-level fn it shadows from
// another block, an async item awaited in a method
//@ args: run 4
struct Counter {
    n: u32,
}

fn bump(x: u32) -> u32 {
    x + 1
}

impl Counter {
    async fn tick(&mut self, k: u32) -> u32 {
        async fn pause(v: u32) -> u32 {
            yield_now().await;
            v * 3
        }
        fn bump(x: u32) -> u32 {
            x + 10
        }
        self.n = bump(self.n) + pause(k).await;
        self.n
    }

    fn peek(&self) -> u32 {
        fn twice(v: u32) -> u32 {
            v + v
        }
        twice(self.n)
    }
}

async fn run(k: u32) -> u32 {
    let mut c = Counter { n: bump(k) };
    let a = c.tick(k).await;
    {
        fn bump(x: u32) -> u32 {
            x + 100
        }
        a + bump(c.peek())
    }
}
