export const help = `dlviz: solve deep-learning exercises step by step

Usage:
  dlviz solve FILE [--format json|markdown]   solve the problem in FILE
  dlviz solve - [--format json|markdown]      read the problem from standard input
  dlviz --help                                this text

A problem is one JSON object whose "widget" key names its type:
  conv       convolution with bias, stride, padding, dilation, groups, transposed,
             an activation and max/avg pooling          (keys: input, kernels, ...)
  backprop   a fully connected network, one example: forward, loss, gradients, update
  optimizer  sgd, momentum, nesterov, adagrad, rmsprop, adam on a 2-D loss f(x, y)
  norm       batch, layer, instance, group or RMS normalization (NCHW, NC, BTD)

Example:
  {"widget": "conv", "input": [[[1, 2], [3, 4]]], "kernels": [[[[1, 0], [0, 1]]]]}

Output: the solution as JSON (default) or, with --format markdown, a worked answer
with every intermediate number. Exit codes: 0 solved, 2 invalid input (one line per
error on stderr, each naming its JSON path, e.g. "kernels[0][1]: expected 3 rows, got 2").
Every key, default and limit: the Format page of the dlviz docs site (/format/).
`;
