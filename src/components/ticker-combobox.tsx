import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react'
import { searchListings } from '@/domain/ticker-search'
import { parseTicker } from '@/domain/tickers'
import type { Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import type { Translate } from '@/i18n'
import '@/components/trader.css'

export interface TickerComboboxProps {
  /** Visible label of the input (its accessible name). */
  label: string
  placeholder: string
  submitLabel: string
  /**
   * Called with a canonical ticker of the universe when the user picks one (an option, or typed
   * text that parses to a universe listing). Returns a message to show (e.g. "already in the
   * watchlist"), or null when the pick was accepted.
   */
  onPick: (ticker: Ticker) => string | null
  /** A short note shown on an option (e.g. "in watchlist"), or null. */
  noteOf?: (ticker: Ticker) => string | null
  t: Translate
  className?: string
  /**
   * Controlled message (shown in the form's alert): pass both to share one message area with
   * other controls. Uncontrolled by default.
   */
  message?: string | null
  onMessageChange?: (message: string | null) => void
}

/**
 * Add-a-listing input with search as you type, following the WAI-ARIA combobox pattern (list
 * autocomplete with automatic selection): the input has role `combobox`; matches from the
 * universe (code, any alias through `parseTicker`, Chinese or English name) appear in a listbox
 * whose first option is active; ArrowDown / ArrowUp move the active option, Enter picks it,
 * Escape closes the list (a second Escape clears the input). With no match, Enter reads the text
 * as a ticker and says why it cannot be added.
 */
export function TickerCombobox({
  label,
  placeholder,
  submitLabel,
  onPick,
  noteOf,
  t,
  className,
  message: controlledMessage,
  onMessageChange,
}: TickerComboboxProps) {
  const id = useId()
  const inputId = `${id}-input`
  const listboxId = `${id}-listbox`
  const messageId = `${id}-message`
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [ownMessage, setOwnMessage] = useState<string | null>(null)
  const message = controlledMessage === undefined ? ownMessage : controlledMessage
  const setMessage = onMessageChange ?? setOwnMessage
  const matches = useMemo(() => searchListings(text), [text])
  const expanded = open && matches.length > 0
  const activeIndex = expanded ? Math.min(active, matches.length - 1) : -1
  const activeListing = activeIndex >= 0 ? matches[activeIndex] : undefined
  const optionId = (ticker: Ticker) => `${id}-option-${ticker.replace('.', '-')}`

  function pick(ticker: Ticker) {
    const refusal = onPick(ticker)
    setMessage(refusal)
    if (refusal === null) {
      setText('')
      setOpen(false)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (activeListing) return pick(activeListing.ticker)
    if (text.trim() === '') return
    const parsed = parseTicker(text)
    if (!parsed.ok) return setMessage(parsed.error)
    if (!findListing(parsed.ticker)) {
      return setMessage(
        t('{ticker} is not in the biomedical universe Biopulse covers.', { ticker: parsed.ticker }),
      )
    }
    pick(parsed.ticker)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = matches.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return
      event.preventDefault()
      if (!expanded) {
        setOpen(true)
        setActive(event.key === 'ArrowDown' ? 0 : count - 1)
      } else {
        const step = event.key === 'ArrowDown' ? 1 : -1
        setActive((activeIndex + step + count) % count)
      }
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (expanded) setOpen(false)
      else {
        setText('')
        setMessage(null)
      }
    }
  }

  return (
    <form className={`add-ticker ticker-combobox ${className ?? ''}`} onSubmit={submit}>
      <label htmlFor={inputId}>{label}</label>
      <div className="combobox-field">
        <input
          id={inputId}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeListing ? optionId(activeListing.ticker) : undefined}
          aria-describedby={message ? messageId : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setOpen(true)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label={t('Matches for {text}', { text: text.trim() })}
          className="combobox-listbox"
          hidden={!expanded}
        >
          {expanded &&
            matches.map((listing, i) => {
              const note = noteOf?.(listing.ticker) ?? null
              return (
                <li
                  key={listing.ticker}
                  id={optionId(listing.ticker)}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={i === activeIndex ? 'active' : undefined}
                  // Keep focus in the input: the click picks without a blur closing the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(i)}
                  onClick={() => pick(listing.ticker)}
                >
                  <span className="name-zh" lang="zh-Hans">
                    {listing.nameZh}
                  </span>{' '}
                  <span className="option-name-en">{listing.nameEn}</span>{' '}
                  <span className="code">{listing.ticker}</span>
                  {note && <span className="option-note"> · {note}</span>}
                </li>
              )
            })}
        </ul>
      </div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('{count} matches', { count: matches.length }) : ''}
      </p>
      {message && (
        <p id={messageId} className="form-message" role="alert">
          {message}
        </p>
      )}
    </form>
  )
}
