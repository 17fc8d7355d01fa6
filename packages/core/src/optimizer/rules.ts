import type { OptimizerType } from './problem.js';

/**
 * Each update rule in LaTeX, in the notation most courses teach (ε learning rate, α momentum,
 * β decay, ν the small constant), for worked answers and the widget's rule card.
 */
export const RULE_TEX: Readonly<Record<OptimizerType, string>> = {
  sgd: '\\theta_t = \\theta_{t-1} - \\varepsilon g_t',
  momentum: 'v_t = \\alpha v_{t-1} - \\varepsilon g_t,\\qquad \\theta_t = \\theta_{t-1} + v_t',
  nesterov:
    'v_t = \\alpha v_{t-1} - \\varepsilon \\nabla f(\\theta_{t-1} + \\alpha v_{t-1}),\\qquad \\theta_t = \\theta_{t-1} + v_t',
  adagrad:
    'a_t = a_{t-1} + g_t \\odot g_t,\\qquad \\theta_t = \\theta_{t-1} - \\frac{\\varepsilon}{\\sqrt{a_t} + \\nu} \\odot g_t',
  rmsprop:
    'a_t = \\beta a_{t-1} + (1 - \\beta)\\, g_t \\odot g_t,\\qquad \\theta_t = \\theta_{t-1} - \\frac{\\varepsilon}{\\sqrt{a_t} + \\nu} \\odot g_t',
  adam:
    'v_t = \\beta_1 v_{t-1} + (1 - \\beta_1) g_t,\\quad a_t = \\beta_2 a_{t-1} + (1 - \\beta_2)\\, g_t \\odot g_t,\\quad ' +
    '\\hat{v}_t = \\frac{v_t}{1 - \\beta_1^t},\\quad \\hat{a}_t = \\frac{a_t}{1 - \\beta_2^t},\\quad ' +
    '\\theta_t = \\theta_{t-1} - \\frac{\\varepsilon}{\\sqrt{\\hat{a}_t} + \\nu} \\odot \\hat{v}_t',
};
