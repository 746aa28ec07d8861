// invalid: an `async fn yield_now` beside the prelude's fn (E0428 at the item's start, `async`)
async fn yield_now() {} //~ ERROR [E0428] the name `yield_now` is defined multiple times
