-- Copydesk in Neovim 0.7 (Debian's): push diagnostics, hover, a quick fix and fix-all, applied
-- with Neovim's own LSP client. Run by test/e2e/lsp-editors.ts:
--   COPYDESK_CLI=bin/copydesk.js ARTICLE=…/article.txt RESULTS=…/results.txt nvim --headless -i NONE -u copydesk-test.lua
local results = assert(io.open(os.getenv('RESULTS'), 'w'))
local article = os.getenv('ARTICLE')

local function report(ok, name, err)
  results:write((ok and '✔ ' or '✖ ') .. name .. (err and (': ' .. tostring(err)) or '') .. '\n')
  results:flush()
end

local function check(name, fn)
  local ok, err = pcall(fn)
  report(ok, name, not ok and err or nil)
end

-- Neovim 0.7 keeps only part of the LSP diagnostic (code, data) in user_data, and byte columns:
-- rebuild the whole of it, range in UTF-16, for the code-action context.
local function lsp_diagnostic(bufnr, d)
  local function position(lnum, col)
    local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
    local _, utf16 = vim.str_utfindex(line, math.min(col, #line))
    return { line = lnum, character = utf16 }
  end
  return vim.tbl_extend('force', d.user_data.lsp, {
    range = { start = position(d.lnum, d.col), ['end'] = position(d.end_lnum, d.end_col) },
    message = d.message,
    severity = d.severity,
    source = d.source,
  })
end

local function lsp_diagnostics(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, lsp_diagnostic(bufnr, d))
  end
  return found
end

local function find_code(bufnr, code)
  for _, d in ipairs(lsp_diagnostics(bufnr)) do
    if d.code == code then return d end
  end
end

local function code_actions(client, bufnr, diagnostic, only)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = diagnostic and diagnostic.range or { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    -- The full LSP diagnostic, as the server needs its data to find the finding again.
    context = { diagnostics = diagnostic and { diagnostic } or {}, only = only },
  }
  local response = assert(client.request_sync('textDocument/codeAction', params, 5000, bufnr))
  assert(not response.err, vim.inspect(response.err))
  return response.result or {}
end

local function run()
  local client_id = assert(vim.lsp.start_client({
    name = 'copydesk',
    cmd = { 'node', os.getenv('COPYDESK_CLI'), 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':h'),
    settings = { copydesk = { lint = { debounceMs = 0 }, rules = { ['quote-style'] = 'error' } } },
    -- Neovim 0.7 does not offer workspace/configuration: push the settings, as its docs advise.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    -- Copydesk lints the LSP language ids "plaintext" and "markdown"; Neovim's filetype is "text".
    get_language_id = function(_, filetype) return filetype == 'text' and 'plaintext' or filetype end,
  }))
  -- The init file runs before Neovim turns filetype detection on; the language id comes from it.
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  check('push diagnostics arrive with rule ids', function()
    assert(vim.wait(15000, function() return find_code(bufnr, 'leftover-boilerplate') and find_code(bufnr, 'quote-style') end, 50),
      'no diagnostics: ' .. vim.inspect(lsp_diagnostics(bufnr)))
  end)

  check('settings from the client apply: quote-style raised to error', function()
    local d = assert(find_code(bufnr, 'quote-style'))
    assert(d.severity == vim.diagnostic.severity.ERROR, 'severity ' .. tostring(d.severity))
  end)

  check('hover explains the rule', function()
    local diagnostic = assert(find_code(bufnr, 'leftover-boilerplate'))
    local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = diagnostic.range.start }
    local response = assert(client.request_sync('textDocument/hover', params, 5000, bufnr))
    assert(response.result and response.result.contents.value:find('end up in print', 1, true), vim.inspect(response))
  end)

  check('the quick fix deletes the boilerplate line, is saved, and the finding goes away', function()
    local diagnostic = assert(find_code(bufnr, 'leftover-boilerplate'))
    local chosen
    for _, action in ipairs(code_actions(client, bufnr, diagnostic)) do
      if action.title == 'Delete this line' then chosen = action end
    end
    assert(chosen, 'no "Delete this line" action')
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    vim.cmd('write')
    local saved = table.concat(vim.fn.readfile(article), '\n')
    assert(not saved:find('Advertisement', 1, true), 'still on disk')
    assert(vim.wait(10000, function() return not find_code(bufnr, 'leftover-boilerplate') end, 50), 'finding still reported')
  end)

  check('source.fixAll.copydesk fixes the rest', function()
    local actions = code_actions(client, bufnr, nil, { 'source.fixAll.copydesk' })
    assert(#actions == 1, vim.inspect(actions))
    vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
    assert(vim.wait(10000, function() return not find_code(bufnr, 'quote-style') end, 50), vim.inspect(lsp_diagnostics(bufnr)))
    local line = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
    assert(line:find('Ukraine’s armed forces', 1, true), 'apostrophe not curled')
  end)
end

-- A Lua error must not leave a headless Neovim hanging: report it and always quit.
local ok, err = pcall(run)
if not ok then report(false, 'the script ran to its end', err) end
results:close()
vim.cmd('qa!')
